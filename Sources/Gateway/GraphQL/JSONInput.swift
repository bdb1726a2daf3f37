import GraphQLEngine
import NIOCore

/// A small, strict JSON reader (RFC 8259) for request bodies and query parameters, straight into
/// `InputValue`s: integers stay integers, booleans booleans, and nothing passes through `Any`.
enum JSONInput {
    struct Failure: Error, Sendable {
        var message: String
    }

    /// Read where the bytes lie, without copying them first.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> InputValue {
        var reader = Reader(bytes: bytes)
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.index == bytes.count else { throw Failure(message: "unexpected data after the JSON value") }
        return value
    }

    /// A request body.
    static func parse(_ buffer: ByteBuffer) throws(Failure) -> InputValue {
        let parsed = buffer.withUnsafeReadableBytes { raw -> Result<InputValue, Failure> in
            Result { () throws(Failure) in try parse(raw.assumingMemoryBound(to: UInt8.self)) }
        }
        return try parsed.get()
    }

    static func parse(_ text: String) throws(Failure) -> InputValue {
        var text = text
        return try text.withUTF8 { bytes in Result { () throws(Failure) in try parse(bytes) } }.get()
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        static let maxDepth = 128

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) throws(Failure) -> InputValue {
            guard depth < Self.maxDepth else { throw Failure(message: "JSON nested too deeply") }
            guard index < bytes.count else { throw Failure(message: "unexpected end of JSON") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .boolean(true)
            case UInt8(ascii: "f"): try literal("false"); return .boolean(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return try number()
            }
        }

        private mutating func literal(_ word: String) throws(Failure) {
            for byte in word.utf8 {
                guard index < bytes.count, bytes[index] == byte else { throw Failure(message: "invalid JSON literal") }
                index += 1
            }
        }

        private mutating func object(depth: Int) throws(Failure) -> InputValue {
            index += 1
            var fields: [String: InputValue] = [:]
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(fields)
            }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw Failure(message: "expected a string key in JSON object") }
                let key = try string()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw Failure(message: "expected ':' in JSON object") }
                index += 1
                skipWhitespace()
                fields[key] = try value(depth: depth + 1)
                skipWhitespace()
                guard index < bytes.count else { throw Failure(message: "unexpected end of JSON object") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(fields) }
                throw Failure(message: "expected ',' or '}' in JSON object")
            }
        }

        private mutating func array(depth: Int) throws(Failure) -> InputValue {
            index += 1
            var items: [InputValue] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .list(items)
            }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                guard index < bytes.count else { throw Failure(message: "unexpected end of JSON array") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .list(items) }
                throw Failure(message: "expected ',' or ']' in JSON array")
            }
        }

        private mutating func string() throws(Failure) -> String {
            index += 1
            let start = index
            // Most strings hold no escape: taken as they lie.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: bytes[start..<index - 1], as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { throw Failure(message: "control character in JSON string") }
                index += 1
            }
            var text = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") { return String(decoding: text, as: UTF8.self) }
                if byte < 0x20 { throw Failure(message: "control character in JSON string") }
                guard byte == UInt8(ascii: "\\") else {
                    text.append(byte)
                    continue
                }
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw Failure(message: "invalid surrogate pair in JSON string") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw Failure(message: "invalid \\u escape in JSON string") }
                    text.append(contentsOf: String(scalar).utf8)
                default:
                    throw Failure(message: "invalid escape in JSON string")
                }
            }
            throw Failure(message: "unterminated JSON string")
        }

        private mutating func hex4() throws(Failure) -> UInt32 {
            guard index + 4 <= bytes.count else { throw Failure(message: "short \\u escape in JSON string") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: throw Failure(message: "invalid \\u escape in JSON string")
                }
                value = value << 4 | digit
                index += 1
            }
            return value
        }

        private mutating func number() throws(Failure) -> InputValue {
            let start = index
            var isInteger = true
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { throw Failure(message: "invalid JSON value") }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else {
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                isInteger = false
                index += 1
                guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { throw Failure(message: "invalid JSON number") }
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                isInteger = false
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { throw Failure(message: "invalid JSON number") }
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if isInteger, let integer = Int(text) { return .int(integer) }
            guard let double = Double(text) else { throw Failure(message: "invalid JSON number") }
            return .float(double)
        }
    }
}
