/// The three kinds of operation (spec §2.3).
public enum OperationType: String, Sendable, Hashable, CaseIterable {
    case query
    case mutation
    case subscription
}

/// `query Name($var: Type = default) @directive { … }`, or the shorthand `{ … }` (spec §2.3).
public struct OperationDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var operation: OperationType
    public var name: Name?
    public var variableDefinitions: [VariableDefinition]
    public var directives: [Directive]
    public var selectionSet: SelectionSet

    /// The shorthand form `{ … }`: an anonymous query with nothing but a selection set.
    public var isShorthand: Bool {
        description == nil && operation == .query && name == nil && variableDefinitions.isEmpty && directives.isEmpty
    }
}

extension OperationDefinition {
    public init(
        description: StringLiteral? = nil, operation: OperationType = .query, name: Name? = nil,
        variableDefinitions: [VariableDefinition] = [], directives: [Directive] = [],
        selectionSet: SelectionSet, span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.operation = operation
        self.name = name
        self.variableDefinitions = variableDefinitions
        self.directives = directives
        self.selectionSet = selectionSet
        self.span = span
    }
}

/// `$name: Type = default @directive` (spec §2.10).
public struct VariableDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    /// The variable's name, without the dollar sign; its span covers `$name`.
    public var variable: Name
    public var type: TypeReference
    public var defaultValue: Value?
    public var directives: [Directive]
}

extension VariableDefinition {
    public init(
        description: StringLiteral? = nil, variable: Name, type: TypeReference, defaultValue: Value? = nil,
        directives: [Directive] = [], span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.variable = variable
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.span = span
    }
}

/// `fragment Name on Type @directive { … }` (spec §2.8).
public struct FragmentDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var name: Name
    public var typeCondition: Name
    public var directives: [Directive]
    public var selectionSet: SelectionSet
}

extension FragmentDefinition {
    public init(
        description: StringLiteral? = nil, name: Name, typeCondition: Name, directives: [Directive] = [],
        selectionSet: SelectionSet, span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.name = name
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.span = span
    }
}
