/// A name as written in the source (spec §2.1.9), with where it was written.
public struct Name: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var span: SourceSpan
    public var value: String

    public var description: String { value }
}

extension Name {
    public init(_ value: String, span: SourceSpan = .synthesized) {
        self.value = value
        self.span = span
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// A string literal where the grammar wants text rather than a value: descriptions.
public struct StringLiteral: Sendable, Hashable {
    public var span: SourceSpan
    public var value: String
    /// Written as a block string (`"""…"""`); the printer keeps the form.
    public var isBlock: Bool
}

extension StringLiteral {
    public init(_ value: String, isBlock: Bool = false, span: SourceSpan = .synthesized) {
        self.value = value
        self.isBlock = isBlock
        self.span = span
    }
}
