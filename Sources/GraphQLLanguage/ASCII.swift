/// The ASCII bytes the lexer looks for, by name.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let apostrophe: UInt8 = 0x27
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let upperE: UInt8 = 0x45
    static let backslash: UInt8 = 0x5C
    static let underscore: UInt8 = 0x5F
    static let lowerB: UInt8 = 0x62
    static let lowerE: UInt8 = 0x65
    static let lowerF: UInt8 = 0x66
    static let lowerN: UInt8 = 0x6E
    static let lowerR: UInt8 = 0x72
    static let lowerT: UInt8 = 0x74
    static let lowerU: UInt8 = 0x75
    static let braceLeft: UInt8 = 0x7B
    static let braceRight: UInt8 = 0x7D

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- zero < 10 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// NameStart :: Letter or `_`
    @inline(__always)
    static func isNameStart(_ byte: UInt8) -> Bool { isLetter(byte) || byte == underscore }

    /// NameContinue :: Letter, Digit or `_`
    @inline(__always)
    static func isNameContinue(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte == underscore }

    /// How many of the eight bytes of `word` (the first byte lowest, as a little-endian load
    /// reads them) are NameContinue characters before the first that is not: the name scanner
    /// tests a word a step rather than a byte.
    ///
    /// Each byte is range-checked in place: with every byte's top bit cleared first, adding
    /// `0x80 - bound` sets a byte's top bit exactly when the byte is at least `bound`, and never
    /// carries into the next byte. Bytes that had their top bit set (non-ASCII) are never names.
    @inline(__always)
    static func nameContinueCount(in word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        let ascii = word & ~tops
        func atLeast(_ bound: UInt8, _ bytes: UInt64) -> UInt64 {
            (bytes &+ ones &* UInt64(0x80 &- bound)) & tops
        }
        let folded = ascii | (ones &* 0x20)  // letters in lower case
        let letter = atLeast(0x61, folded) & ~atLeast(0x7B, folded)
        let digit = atLeast(zero, ascii) & ~atLeast(nine + 1, ascii)
        let notUnderscore = ascii ^ (ones &* UInt64(underscore))
        let isUnderscore = ~((notUnderscore &+ ones &* 0x7F) | notUnderscore) & tops
        let names = (letter | digit | isUnderscore) & ~word
        return (~names & tops).trailingZeroBitCount >> 3
    }

    /// How many of the eight bytes of `word` (the first byte lowest) are spaces before the first
    /// that is not: indentation is skipped a word a step.
    @inline(__always)
    static func spaceCount(in word: UInt64) -> Int {
        (word ^ 0x2020_2020_2020_2020).trailingZeroBitCount >> 3
    }

    /// The value of a hexadecimal digit, or nil.
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}
