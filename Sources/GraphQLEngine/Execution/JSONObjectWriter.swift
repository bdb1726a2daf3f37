/// Writes one JSON object member by member straight into bytes, escaped as the engine escapes
/// answers: for what is written on every request — the gateway's JSON log lines, a REST
/// route's envelope around its data — where building a `ResponseValue` first would cost more
/// than the writing.
///
///     var object = JSONObjectWriter()
///     object.append("level", "info")
///     object.withLine { write($0) }   // {"level":"info"} and a newline
public struct JSONObjectWriter: ~Copyable {
    private var buffer: JSONBuffer
    private var isEmpty = true

    /// `capacity`: the bytes to make room for at once (more are found as needed).
    public init(capacity: Int = 512) {
        buffer = JSONBuffer(capacity: capacity)
    }

    /// One `"key":"value"` member.
    public mutating func append(_ key: String, _ value: String) {
        startMember(key)
        JSONWriter.writeString(value, into: &buffer)
    }

    /// One `"key":value` member, the value written as an answer's.
    public mutating func append(_ key: String, _ value: ResponseValue) {
        startMember(key)
        JSONWriter.write(value, into: &buffer)
    }

    /// The members of an object value, built or already written as JSON, as members of this
    /// one (a REST route's envelope spreads its data's object this way); false, with nothing
    /// written, for a value that is no object.
    public mutating func appendMembers(of value: ResponseValue) -> Bool {
        switch value {
        case .object(let object):
            for index in 0..<object.count { append(object.keys[index], object.values[index]) }
        case .json(let written):
            appendMembers(of: written)
        default:
            return false
        }
        return true
    }

    /// The members of an object already written as JSON, as members of this one.
    public mutating func appendMembers(of written: WrittenJSON) {
        // Between the object's braces.
        let members = written.bytes.dropFirst().dropLast()
        guard !members.isEmpty else { return }
        buffer.append(isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
        isEmpty = false
        members.withUnsafeBufferPointer { buffer.append($0) }
    }

    private mutating func startMember(_ key: String) {
        buffer.append(isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
        isEmpty = false
        JSONWriter.writeString(key, into: &buffer)
        buffer.append(UInt8(ascii: ":"))
    }

    /// The object, closed, and a newline, lent to `body` where they were written.
    public consuming func withLine<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        close()
        buffer.append(UInt8(ascii: "\n"))
        return try buffer.withBytes(body)
    }

    /// The object, closed, lent to `body` where it was written: for a caller that copies the
    /// bytes into its own buffer anyway (an HTTP body).
    public consuming func withObjectBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        close()
        return try buffer.withBytes(body)
    }

    private mutating func close() {
        if isEmpty { buffer.append(UInt8(ascii: "{")) }
        buffer.append(UInt8(ascii: "}"))
    }
}
