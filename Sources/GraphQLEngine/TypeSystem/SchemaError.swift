import GraphQLLanguage

/// One thing wrong with a schema, and every place it concerns.
public struct SchemaProblem: Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var origins: [SourceOrigin]

    public init(_ message: String, at origins: [SourceOrigin?] = []) {
        self.message = message
        self.origins = origins.compactMap { $0 }
    }

    /// `file:line:column: message`, or the message alone for a schema-wide problem.
    public var description: String {
        guard let first = origins.first else { return message }
        return "\(first): \(message)"
    }
}

/// Everything wrong with a schema, found in one pass: syntax errors first, else every rule
/// that failed.
public struct SchemaError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [SchemaProblem]

    public init(problems: [SchemaProblem]) {
        self.problems = problems
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
