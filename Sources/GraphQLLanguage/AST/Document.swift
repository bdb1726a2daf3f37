/// A parsed GraphQL document (spec §2.2): executable definitions, type-system definitions and
/// extensions, in source order.
public struct Document: Sendable, Hashable {
    public var span: SourceSpan
    public var definitions: [Definition]

    /// The operations of the document, in source order.
    public var operations: [OperationDefinition] {
        definitions.compactMap { if case .operation(let operation) = $0 { operation } else { nil } }
    }

    /// The fragments of the document, in source order.
    public var fragments: [FragmentDefinition] {
        definitions.compactMap { if case .fragment(let fragment) = $0 { fragment } else { nil } }
    }
}

extension Document {
    public init(definitions: [Definition], span: SourceSpan = .synthesized) {
        self.definitions = definitions
        self.span = span
    }
}

/// One top-level definition.
public enum Definition: Sendable, Hashable {
    case operation(OperationDefinition)
    case fragment(FragmentDefinition)
    case schema(SchemaDefinition)
    case type(TypeDefinition)
    case directive(DirectiveDefinition)
    /// `extend schema …`: a schema definition without description.
    case schemaExtension(SchemaDefinition)
    /// `extend type …` and the other type extensions: the extended type's definition form,
    /// without description, holding only what the extension adds.
    case typeExtension(TypeDefinition)

    public var span: SourceSpan {
        switch self {
        case .operation(let node): node.span
        case .fragment(let node): node.span
        case .schema(let node), .schemaExtension(let node): node.span
        case .type(let node), .typeExtension(let node): node.span
        case .directive(let node): node.span
        }
    }

    /// Operations and fragments are executable; everything else describes a type system.
    public var isExecutable: Bool {
        switch self {
        case .operation, .fragment: true
        default: false
        }
    }
}
