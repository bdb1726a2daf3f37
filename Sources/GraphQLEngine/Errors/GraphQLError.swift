import GraphQLLanguage

/// An error as GraphQL reports it (spec §7.1.2): a message for people, where in the document it
/// arose, where in the response (for field errors), and a code for programs in `extensions`.
public struct GraphQLError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var locations: [SourceLocation]
    /// Response keys and list indices from the root to the field that failed; nil before execution.
    public var path: [PathComponent]?
    /// `extensions.code`: what kind of error, for programs (`GRAPHQL_VALIDATION_FAILED`, …).
    public var code: String?
    /// `extensions.details`: one entry per bad input field, for forms (empty: none written).
    public var details: [ErrorDetail]

    public init(
        _ message: String, locations: [SourceLocation] = [], path: [PathComponent]? = nil, code: String? = nil, details: [ErrorDetail] = []
    ) {
        self.message = message
        self.locations = locations
        self.path = path
        self.code = code
        self.details = details
    }

    public var description: String {
        guard let first = locations.first else { return message }
        return "\(first): \(message)"
    }
}

/// What was wrong with one input field.
public struct ErrorDetail: Sendable, Hashable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// One step of an error's path: a response key or a list index.
public enum PathComponent: Sendable, Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): String(index)
        }
    }
}

/// The `extensions.code` values the engine itself produces.
public enum ErrorCode {
    public static let syntaxError = "GRAPHQL_PARSE_FAILED"
    public static let validationFailed = "GRAPHQL_VALIDATION_FAILED"
    /// A limit (depth, aliases, directives, cost, tokens) was exceeded.
    public static let queryTooComplex = "QUERY_TOO_COMPLEX"
    public static let badUserInput = "BAD_USER_INPUT"
    public static let internalServerError = "INTERNAL_SERVER_ERROR"
}
