/// The one error the lexer and the parser throw: what went wrong and where.
///
/// `message` reads as the reference implementations word it, for example
/// `Syntax Error: Expected Name, found "}".`
public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The full message, starting with `Syntax Error: `.
    public var message: String
    public var location: SourceLocation
    /// UTF-8 offset of the offending character or token.
    public var offset: Int

    public init(_ reason: String, at location: SourceLocation, offset: Int) {
        self.message = "Syntax Error: " + reason
        self.location = location
        self.offset = offset
    }

    public var description: String { "\(location): \(message)" }
}
