/// Helpers over raw UTF-8 source bytes that both error reporting and the lexer need.
enum SourceText {
    /// Line and column of `offset`, counted from the start (LF, CRLF and CR end lines; columns
    /// count Unicode scalars).
    static func location(of offset: Int, in source: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, source.count)
        while index < end {
            let byte = source[index]
            if byte == ASCII.lineFeed {
                line += 1
                column = 1
            } else if byte == ASCII.carriageReturn {
                if index + 1 < source.count && source[index + 1] == ASCII.lineFeed {
                    index += 1
                    if index == end { break }
                }
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// The Unicode scalar starting at `offset` (the source is valid UTF-8).
    static func scalar(at offset: Int, in source: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        let lead = source[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var index = offset + 1
        while index < offset + length && index < source.count {
            value = value << 6 | UInt32(source[index] & 0x3F)
            index += 1
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The text of at most `limit` Unicode scalars starting at `offset`.
    static func prefix(scalars limit: Int, from offset: Int, in source: UnsafeBufferPointer<UInt8>) -> String {
        var end = offset
        var taken = 0
        while end < source.count && taken < limit {
            end += 1
            while end < source.count && source[end] & 0xC0 == 0x80 { end += 1 }
            taken += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: source[offset..<end]), as: UTF8.self)
    }

    /// `U+0007`, `U+1F600`: four hex digits at least, upper case.
    static func codePointName(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
