/// Limits that keep hostile input from costing more than it should. Both end parsing with a
/// `SyntaxError`, never a crash or a deep stack.
public struct ParserOptions: Sendable, Hashable {
    /// How deeply selection sets, list and object values and list types may nest.
    public var maxNestingDepth: Int
    /// How many tokens a document may hold (nil: no limit).
    public var maxTokens: Int?

    public init(maxNestingDepth: Int = 200, maxTokens: Int? = nil) {
        self.maxNestingDepth = maxNestingDepth
        self.maxTokens = maxTokens
    }
}
