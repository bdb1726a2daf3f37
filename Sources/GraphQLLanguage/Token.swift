/// One lexical token: its kind and where it stands. Plain data, so that moving tokens around the
/// parser's hot path costs nothing; its text is asked of the lexer (`Lexer.value(of:)`).
struct Token: Sendable, Hashable {
    var kind: TokenKind
    private var storedStart: UInt32
    private var storedEnd: UInt32
    var location: SourceLocation

    init(kind: TokenKind, startOffset: Int, endOffset: Int, location: SourceLocation) {
        self.kind = kind
        self.storedStart = UInt32(truncatingIfNeeded: startOffset)
        self.storedEnd = UInt32(truncatingIfNeeded: endOffset)
        self.location = location
    }

    /// UTF-8 offset of the token's first byte.
    var startOffset: Int { Int(storedStart) }
    /// UTF-8 offset just past the token's last byte.
    var endOffset: Int { Int(storedEnd) }
}

/// A token with its text, for tools and tests that look at the token stream itself.
struct Lexeme: Sendable, Hashable {
    var kind: TokenKind
    /// A name's text, a number's digits as written, a string's decoded value; empty otherwise.
    var value: String
    var location: SourceLocation
    var startOffset: Int
}
