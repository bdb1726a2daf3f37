/// What is wrong with a configuration: every bad key at once, each naming the key, what was
/// given and what is allowed.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [String]

    public init(problems: [String]) {
        self.problems = problems
    }

    public var description: String {
        "invalid configuration:\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}
