/// Writes one flat JSON object of string fields straight into bytes, escaped as the engine
/// escapes answers: for lines written on every request (the gateway's JSON log lines), where
/// building a `ResponseValue` first would cost more than the writing.
///
///     var object = JSONObjectWriter()
///     object.append("level", "info")
///     let line = object.line()   // {"level":"info"} and a newline
public struct JSONObjectWriter: ~Copyable {
    private var buffer = JSONBuffer(capacity: 512)
    private var isEmpty = true

    public init() {}

    /// One `"key":"value"` member.
    public mutating func append(_ key: String, _ value: String) {
        buffer.append(isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
        isEmpty = false
        JSONWriter.writeString(key, into: &buffer)
        buffer.append(UInt8(ascii: ":"))
        JSONWriter.writeString(value, into: &buffer)
    }

    /// The object, closed, and a newline.
    public consuming func line() -> [UInt8] {
        if isEmpty { buffer.append(UInt8(ascii: "{")) }
        buffer.append("}\n")
        return buffer.bytes()
    }
}
