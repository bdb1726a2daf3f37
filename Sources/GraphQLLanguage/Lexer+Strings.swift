extension Lexer {
    /// Reads a quoted StringValue (spec §2.9.4) and decodes its escapes.
    ///
    ///     StringValue :: `""` [lookahead != `"`] | `"` StringCharacter+ `"`
    ///     StringCharacter :: SourceCharacter but not `"` or `\` or LineTerminator
    ///                      | `\u` EscapedUnicode | `\` EscapedCharacter
    ///     EscapedUnicode :: `{` HexDigit+ `}` | HexDigit HexDigit HexDigit HexDigit
    mutating func readString(at location: SourceLocation) throws(SyntaxError) -> Token {
        let start = position
        var offset = start + 1
        var chunkStart = offset
        // Only strings with escapes need a buffer; most are copied straight from the source.
        var decoded: [UInt8] = []
        var hasEscapes = false
        while offset < source.count {
            let current = source[offset]
            if current == ASCII.quote {
                let value: String
                if hasEscapes {
                    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: source[chunkStart..<offset]))
                    value = String(decoding: decoded, as: UTF8.self)
                } else {
                    value = text(chunkStart..<offset)
                }
                position = offset + 1
                stringValue = value
                return Token(kind: .string, startOffset: start, endOffset: position, location: location)
            }
            if current == ASCII.backslash {
                if !hasEscapes {
                    hasEscapes = true
                    decoded.reserveCapacity(64)
                }
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: source[chunkStart..<offset]))
                let (scalar, length) = try readEscape(at: offset)
                UTF8.encode(scalar) { decoded.append($0) }
                offset += length
                chunkStart = offset
                continue
            }
            if current == ASCII.lineFeed || current == ASCII.carriageReturn { break }
            if current & 0xC0 == 0x80 { continuationBytesOnLine += 1 }
            offset += 1
        }
        throw error("Unterminated string.", at: offset)
    }

    /// The character an escape sequence starting with `\` at `offset` stands for, and its length.
    private func readEscape(at offset: Int) throws(SyntaxError) -> (Unicode.Scalar, Int) {
        switch byte(at: offset + 1) {
        case ASCII.quote: return ("\"", 2)
        case ASCII.backslash: return ("\\", 2)
        case ASCII.slash: return ("/", 2)
        case ASCII.lowerB: return ("\u{08}", 2)
        case ASCII.lowerF: return ("\u{0C}", 2)
        case ASCII.lowerN: return ("\n", 2)
        case ASCII.lowerR: return ("\r", 2)
        case ASCII.lowerT: return ("\t", 2)
        case ASCII.lowerU:
            if byte(at: offset + 2) == ASCII.braceLeft {
                return try readVariableWidthUnicodeEscape(at: offset)
            }
            return try readFixedWidthUnicodeEscape(at: offset)
        default:
            let sequence = SourceText.prefix(scalars: 2, from: offset, in: source)
            throw error("Invalid character escape sequence: \"\(sequence)\".", at: offset)
        }
    }

    /// `\u{1F600}`: one to eight hex digits naming a Unicode scalar value (never a surrogate).
    private func readVariableWidthUnicodeEscape(at offset: Int) throws(SyntaxError) -> (Unicode.Scalar, Int) {
        var value: UInt32 = 0
        var length = 3
        let available = min(12, scalarCount(from: offset, upTo: 12))
        while length < available {
            let current = byte(at: offset + length)
            length += 1
            if current == ASCII.braceRight {
                guard length >= 5, let scalar = Unicode.Scalar(value) else { break }
                return (scalar, length)
            }
            guard let digit = ASCII.hexValue(current) else { break }
            value = value << 4 | digit
        }
        let sequence = SourceText.prefix(scalars: length, from: offset, in: source)
        throw error("Invalid Unicode escape sequence: \"\(sequence)\".", at: offset)
    }

    /// `\u00E9`, or a surrogate pair written as two such escapes (`\uD83D\uDE00`). A lone
    /// surrogate is not a Unicode scalar value and is refused.
    private func readFixedWidthUnicodeEscape(at offset: Int) throws(SyntaxError) -> (Unicode.Scalar, Int) {
        if let code = fourHexDigits(at: offset + 2) {
            if let scalar = Unicode.Scalar(code) {
                return (scalar, 6)
            }
            if (0xD800...0xDBFF).contains(code), byte(at: offset + 6) == ASCII.backslash, byte(at: offset + 7) == ASCII.lowerU,
               let trailing = fourHexDigits(at: offset + 8), (0xDC00...0xDFFF).contains(trailing),
               let scalar = Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00)) {
                return (scalar, 12)
            }
        }
        let sequence = SourceText.prefix(scalars: 6, from: offset, in: source)
        throw error("Invalid Unicode escape sequence: \"\(sequence)\".", at: offset)
    }

    private func fourHexDigits(at offset: Int) -> UInt32? {
        var value: UInt32 = 0
        for index in offset..<offset + 4 {
            guard let digit = ASCII.hexValue(byte(at: index)) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    /// How many Unicode scalars follow `offset`, counting no further than `limit`.
    private func scalarCount(from offset: Int, upTo limit: Int) -> Int {
        var count = 0
        var index = offset
        while index < source.count && count < limit {
            if source[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
