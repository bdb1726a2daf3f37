/// `schema @directive { query: Query … }` (spec §3.3), or under `Definition.schemaExtension`
/// what `extend schema` adds.
public struct SchemaDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var description: StringLiteral?
    public var directives: [Directive]
    public var operationTypes: [OperationTypeDefinition]
}

extension SchemaDefinition {
    public init(
        description: StringLiteral? = nil, directives: [Directive] = [],
        operationTypes: [OperationTypeDefinition] = [], span: SourceSpan = .synthesized
    ) {
        self.description = description
        self.directives = directives
        self.operationTypes = operationTypes
        self.span = span
    }
}

/// `query: Query` inside a schema definition.
public struct OperationTypeDefinition: Sendable, Hashable {
    public var span: SourceSpan
    public var operation: OperationType
    public var type: Name
}

extension OperationTypeDefinition {
    public init(operation: OperationType, type: Name, span: SourceSpan = .synthesized) {
        self.operation = operation
        self.type = type
        self.span = span
    }
}
