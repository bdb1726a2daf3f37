extension Lexer {
    /// Reads an IntValue or a FloatValue (spec §2.9.1, §2.9.2).
    ///
    ///     IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    ///     IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*
    ///     FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}]
    ///     FractionalPart :: `.` Digit+
    ///     ExponentPart :: ExponentIndicator Sign? Digit+
    mutating func readNumber(at location: SourceLocation) throws(SyntaxError) -> Token {
        let start = position
        var offset = start
        var isFloat = false
        if byte(at: offset) == ASCII.minus { offset += 1 }
        if byte(at: offset) == ASCII.zero {
            offset += 1
            if ASCII.isDigit(byte(at: offset)) {
                throw error("Invalid number, unexpected digit after 0: \(describeCharacter(at: offset)).", at: offset)
            }
        } else {
            offset = try skipDigits(from: offset)
        }
        if byte(at: offset) == ASCII.dot {
            isFloat = true
            offset = try skipDigits(from: offset + 1)
        }
        if byte(at: offset) == ASCII.lowerE || byte(at: offset) == ASCII.upperE {
            isFloat = true
            offset += 1
            if byte(at: offset) == ASCII.plus || byte(at: offset) == ASCII.minus { offset += 1 }
            offset = try skipDigits(from: offset)
        }
        let next = byte(at: offset)
        if next == ASCII.dot || ASCII.isNameStart(next) {
            throw error("Invalid number, expected digit but got: \(describeCharacter(at: offset)).", at: offset)
        }
        position = offset
        return Token(
            kind: isFloat ? .float : .int, startOffset: start, endOffset: offset,
            location: location
        )
    }

    /// Digit+ starting at `offset`; returns the offset after the last digit.
    private func skipDigits(from offset: Int) throws(SyntaxError) -> Int {
        guard ASCII.isDigit(byte(at: offset)) else {
            throw error("Invalid number, expected digit but got: \(describeCharacter(at: offset)).", at: offset)
        }
        var end = offset + 1
        while ASCII.isDigit(byte(at: end)) { end += 1 }
        return end
    }
}
