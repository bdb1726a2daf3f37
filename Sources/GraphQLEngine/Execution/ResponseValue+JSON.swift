extension ResponseValue {
    /// The value as compact JSON, keys in order, strings escaped as RFC 8259 requires.
    public var json: String {
        String(decoding: jsonBytes, as: UTF8.self)
    }

    /// The value as compact JSON bytes.
    public var jsonBytes: [UInt8] {
        var buffer = JSONBuffer()
        JSONWriter.write(self, into: &buffer)
        return buffer.bytes()
    }

    /// The value as compact JSON bytes, lent to `body` where they were written: for a caller
    /// that copies them into its own buffer anyway (an HTTP body), one copy fewer.
    public func withJSONBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var buffer = JSONBuffer()
        JSONWriter.write(self, into: &buffer)
        return try buffer.withBytes(body)
    }
}

/// Where JSON is written: a growable block of bytes that appends without an array's
/// copy-on-write and capacity bookkeeping on every byte (writing is a large part of answering).
struct JSONBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    /// Room for a small answer (a REST route's) at once. Kept under glibc's large-chunk size
    /// (1,008 bytes): asking malloc for a large chunk first consolidates its fast bins, which
    /// cost more than growing the block for the answers that need it.
    init(capacity: Int = 1_000) {
        self.capacity = capacity
        start = .allocate(capacity: capacity)
    }

    deinit {
        start.deallocate()
    }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    mutating func append(contentsOf text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// The bytes written, as an array.
    consuming func bytes() -> [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// The bytes written, lent to `body`.
    borrowing func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: start, count: count)
        start.deallocate()
        start = grown
        capacity = newCapacity
    }
}

/// Writes response values as JSON bytes, with no intermediate strings.
enum JSONWriter {
    static func write(_ value: ResponseValue, into bytes: inout JSONBuffer) {
        switch value {
        case .null: bytes.append("null")
        case .boolean(let flag): bytes.append(flag ? "true" : "false")
        case .int(let number): writeInt(number, into: &bytes)
        case .float(let number): writeFloat(number, into: &bytes)
        case .string(let text): writeString(text, into: &bytes)
        case .list(let items):
            bytes.append(UInt8(ascii: "["))
            for index in items.indices {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(items[index], into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            for index in object.keys.indices {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(object.keys[index], into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                write(object.values[index], into: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        case .json(let written):
            written.bytes.withUnsafeBufferPointer { bytes.append($0) }
        }
    }

    /// Decimal digits without making a String first.
    static func writeInt(_ number: Int, into bytes: inout JSONBuffer) {
        guard number != 0 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits, on the stack
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// Integral floats print without a fraction (`2.0` as `2`), as JavaScript clients expect;
    /// non-finite values cannot occur (Float is finite by the spec) and print as null.
    static func writeFloat(_ number: Double, into bytes: inout JSONBuffer) {
        guard number.isFinite else {
            bytes.append("null")
            return
        }
        if number == number.rounded(.towardZero) && abs(number) < 1e15 {
            writeInt(Int(number), into: &bytes)
        } else {
            bytes.append(contentsOf: number.description)
        }
    }

    static func writeString(_ text: String, into bytes: inout JSONBuffer) {
        // Borrowed in place (native strings are contiguous UTF-8); a copy made contiguous otherwise.
        if text.utf8.withContiguousStorageIfAvailable({ writeString(utf8: $0, into: &bytes) }) == nil {
            var contiguous = text
            contiguous.makeContiguousUTF8()
            writeString(contiguous, into: &bytes)
        }
    }

    private static func writeString(utf8: UnsafeBufferPointer<UInt8>, into bytes: inout JSONBuffer) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy them whole.
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(utf8)
        } else {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append("\\\"")
                case UInt8(ascii: "\\"): bytes.append("\\\\")
                case 0x0A: bytes.append("\\n")
                case 0x0D: bytes.append("\\r")
                case 0x09: bytes.append("\\t")
                case 0x08: bytes.append("\\b")
                case 0x0C: bytes.append("\\f")
                case 0x00..<0x20:
                    let hex: StaticString = "0123456789abcdef"
                    bytes.append("\\u00")
                    bytes.append(hex.utf8Start[Int(byte >> 4)])
                    bytes.append(hex.utf8Start[Int(byte & 0xF)])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
