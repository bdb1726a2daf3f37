extension ResponseValue {
    /// The value as compact JSON, keys in order, strings escaped as RFC 8259 requires.
    public var json: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        JSONWriter.write(self, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value as compact JSON bytes.
    public var jsonBytes: [UInt8] {
        var bytes: [UInt8] = []
        // Room for most answers at once: growing by doubling from small copies them repeatedly.
        bytes.reserveCapacity(4_096)
        JSONWriter.write(self, into: &bytes)
        return bytes
    }
}

/// Writes response values as JSON bytes, with no intermediate strings.
enum JSONWriter {
    static func write(_ value: ResponseValue, into bytes: inout [UInt8]) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .boolean(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): writeInt(number, into: &bytes)
        case .float(let number): writeFloat(number, into: &bytes)
        case .string(let text): writeString(text, into: &bytes)
        case .list(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(item, into: &bytes)
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
        }
    }

    /// Decimal digits without making a String first.
    static func writeInt(_ number: Int, into bytes: inout [UInt8]) {
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
    static func writeFloat(_ number: Double, into bytes: inout [UInt8]) {
        guard number.isFinite else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
        if number == number.rounded(.towardZero) && abs(number) < 1e15 {
            writeInt(Int(number), into: &bytes)
        } else {
            bytes.append(contentsOf: "\(number)".utf8)
        }
    }

    static func writeString(_ text: String, into bytes: inout [UInt8]) {
        // Borrowed in place (native strings are contiguous UTF-8); a copy made contiguous otherwise.
        if text.utf8.withContiguousStorageIfAvailable({ writeString(utf8: $0, into: &bytes) }) == nil {
            var contiguous = text
            contiguous.makeContiguousUTF8()
            writeString(contiguous, into: &bytes)
        }
    }

    private static func writeString(utf8: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy them whole.
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: utf8)
        } else {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0x00..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
