/// One lexical token: its kind, where it stands, and for names, numbers and strings its value.
public struct Token: Sendable, Hashable, CustomStringConvertible {
    public var kind: TokenKind
    /// UTF-8 offset of the token's first byte.
    public var startOffset: Int
    /// UTF-8 offset just past the token's last byte.
    public var endOffset: Int
    public var location: SourceLocation
    /// A name's text, a number's digits as written, or a string's decoded value; empty otherwise.
    public var value: String

    public init(kind: TokenKind, startOffset: Int, endOffset: Int, location: SourceLocation, value: String = "") {
        self.kind = kind
        self.startOffset = startOffset
        self.endOffset = endOffset
        self.location = location
        self.value = value
    }

    /// How error messages name the token: `Name "id"`, `"}"`, `<EOF>`.
    public var description: String {
        guard kind.hasValue else { return kind.description }
        return "\(kind) \"\(value)\""
    }
}
