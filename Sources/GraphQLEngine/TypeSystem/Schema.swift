import GraphQLLanguage

/// A checked GraphQL type system: named types, directives and root operation types.
///
/// Build one from SDL with `Schema.build(from:)`, which applies extensions and checks the
/// spec's type-system rules, reporting every problem at once.
public struct Schema: Sendable, Hashable {
    public var description: String?
    /// Every named type, built-in scalars included, in definition order.
    public private(set) var types: [SchemaType]
    public var directives: [SchemaDirective]
    public var queryType: String?
    public var mutationType: String?
    public var subscriptionType: String?
    /// Directives applied to the schema definition and its extensions.
    public var schemaDirectives: [Directive]
    private var typeIndex: [String: Int]

    public init(
        description: String? = nil, types: [SchemaType], directives: [SchemaDirective], queryType: String?,
        mutationType: String? = nil, subscriptionType: String? = nil, schemaDirectives: [Directive] = []
    ) {
        self.description = description
        self.types = types
        self.directives = directives
        self.queryType = queryType
        self.mutationType = mutationType
        self.subscriptionType = subscriptionType
        self.schemaDirectives = schemaDirectives
        self.typeIndex = Dictionary(types.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(typeNamed name: String) -> SchemaType? {
        typeIndex[name].map { types[$0] }
    }

    public func directive(named name: String) -> SchemaDirective? {
        directives.first { $0.name == name }
    }

    /// The root type of an operation kind, if the schema has one.
    public func rootType(for operation: OperationType) -> SchemaType? {
        let name: String? = switch operation {
        case .query: queryType
        case .mutation: mutationType
        case .subscription: subscriptionType
        }
        return name.flatMap { self[typeNamed: $0] }
    }

    /// The object types a field of type `name` can return at run time: itself for an object,
    /// the implementations of an interface, the members of a union.
    public func possibleTypes(of name: String) -> [String] {
        guard let type = self[typeNamed: name] else { return [] }
        switch type.kind {
        case .object: return [name]
        case .union: return type.possibleTypes
        case .interface: return types.filter { $0.kind == .object && $0.interfaces.contains(name) }.map(\.name)
        default: return []
        }
    }

    /// The kind of the named type at the bottom of `reference`, nil when unknown.
    public func kind(of reference: TypeReference) -> TypeKind? {
        self[typeNamed: reference.namedType.value]?.kind
    }
}
