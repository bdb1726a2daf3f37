/// `@name(arguments)` applied to a definition or selection (spec §2.12).
public struct Directive: Sendable, Hashable {
    public var span: SourceSpan
    public var name: Name
    public var arguments: [Argument]
}

extension Directive {
    public init(name: Name, arguments: [Argument] = [], span: SourceSpan = .synthesized) {
        self.name = name
        self.arguments = arguments
        self.span = span
    }
}

/// `name: value` given to a field or directive (spec §2.6).
public struct Argument: Sendable, Hashable {
    public var span: SourceSpan
    public var name: Name
    public var value: Value
}

extension Argument {
    public init(name: Name, value: Value, span: SourceSpan = .synthesized) {
        self.name = name
        self.value = value
        self.span = span
    }
}
