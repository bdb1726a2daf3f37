/// How much one operation may ask for. Each limit is checked by a validation rule of its own,
/// before anything runs, and fails with a clear message and an `extensions.code`.
///
/// The defaults let an admin's ad-hoc queries and the standard introspection query through and
/// stop documents built to exhaust the server.
public struct QueryLimits: Sendable, Hashable {
    /// The deepest nesting of fields (introspection fields excluded).
    public var maxDepth: Int
    /// How many aliased fields an operation may hold, fragments counted where spread.
    public var maxAliases: Int
    /// How many directives an operation may use, fragments counted where spread.
    public var maxDirectives: Int
    /// The static cost budget (see `QueryCost`).
    public var maxCost: Int
    /// The size assumed for a list field whose size argument is absent or a variable.
    public var defaultListSize: Int
    /// The arguments whose value bounds the length of a list field.
    public var listSizeArguments: Set<String>

    public init(
        maxDepth: Int = 15, maxAliases: Int = 50, maxDirectives: Int = 50, maxCost: Int = 50_000,
        defaultListSize: Int = 20, listSizeArguments: Set<String> = ["limit", "first", "last"]
    ) {
        self.maxDepth = maxDepth
        self.maxAliases = maxAliases
        self.maxDirectives = maxDirectives
        self.maxCost = maxCost
        self.defaultListSize = defaultListSize
        self.listSizeArguments = listSizeArguments
    }

    /// No limits at all, for trusted callers and tests.
    public static let unlimited = QueryLimits(
        maxDepth: .max, maxAliases: .max, maxDirectives: .max, maxCost: .max, defaultListSize: 1
    )
}

extension ErrorCode {
    public static let depthLimitExceeded = "DEPTH_LIMIT_EXCEEDED"
    public static let aliasLimitExceeded = "ALIAS_LIMIT_EXCEEDED"
    public static let directiveLimitExceeded = "DIRECTIVE_LIMIT_EXCEEDED"
    public static let costLimitExceeded = "COST_LIMIT_EXCEEDED"
}
