extension Lexer {
    /// Reads a block string (spec §2.9.4) and applies BlockStringValue(): common indentation and
    /// blank first and last lines are removed; `\"""` stands for `"""`; nothing else is escaped.
    ///
    ///     StringValue :: `"""` BlockStringCharacter* `"""`
    ///     BlockStringCharacter :: SourceCharacter but not `"""` or `\"""` | `\"""`
    mutating func readBlockString(at startLocation: SourceLocation) throws(SyntaxError) -> Token {
        let start = position
        var offset = start + 3
        var chunkStart = offset
        var currentLine: [UInt8] = []
        var lines: [[UInt8]] = []
        // Where the lexer's line count must stand once the string ends.
        var lineNumber = self.currentLine
        var lastLineStart = 0
        // Continuation bytes on the line the string ends on, for the columns of later tokens.
        var continuationBytes = continuationBytesOnLine
        while offset < source.count {
            let current = source[offset]
            if current == ASCII.quote && byte(at: offset + 1) == ASCII.quote && byte(at: offset + 2) == ASCII.quote {
                currentLine.append(contentsOf: UnsafeBufferPointer(rebasing: source[chunkStart..<offset]))
                lines.append(currentLine)
                position = offset + 3
                if lines.count > 1 {
                    moveToLine(lineNumber, startingAt: lastLineStart, continuationBytes: continuationBytes)
                } else {
                    continuationBytesOnLine = continuationBytes
                }
                stringValue = BlockString.value(ofRawLines: lines)
                return Token(kind: .blockString, startOffset: start, endOffset: position, location: startLocation)
            }
            if current == ASCII.backslash && byte(at: offset + 1) == ASCII.quote
                && byte(at: offset + 2) == ASCII.quote && byte(at: offset + 3) == ASCII.quote {
                currentLine.append(contentsOf: UnsafeBufferPointer(rebasing: source[chunkStart..<offset]))
                chunkStart = offset + 1  // keep the quotes, drop the backslash
                offset += 4
                continue
            }
            if current == ASCII.lineFeed || current == ASCII.carriageReturn {
                currentLine.append(contentsOf: UnsafeBufferPointer(rebasing: source[chunkStart..<offset]))
                lines.append(currentLine)
                currentLine = []
                offset += current == ASCII.carriageReturn && byte(at: offset + 1) == ASCII.lineFeed ? 2 : 1
                chunkStart = offset
                lastLineStart = offset
                lineNumber += 1
                continuationBytes = 0
                continue
            }
            if current & 0xC0 == 0x80 { continuationBytes += 1 }
            offset += 1
        }
        throw error("Unterminated string.", at: offset)
    }
}
