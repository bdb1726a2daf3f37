import GraphQLLanguage

/// A checked GraphQL type system: named types, directives and root operation types.
///
/// Build one from SDL with `Schema.build(from:)`, which applies extensions and checks the
/// spec's type-system rules, reporting every problem at once.
public struct Schema: Sendable, Hashable {
    /// The members are a `SharedValue`, with indexes built once: the schema is copied into
    /// every validation, execution and introspection value.
    private var shared: SharedValue<Members>

    public var description: String? {
        get { shared.value.description }
        set { shared.update { $0.description = newValue } }
    }
    /// Every named type, built-in scalars included, in definition order.
    public var types: [SchemaType] { shared.value.types }
    public var directives: [SchemaDirective] {
        get { shared.value.directives }
        set { shared.update { $0.directives = newValue } }
    }
    public var queryType: String? {
        get { shared.value.queryType }
        set { shared.update { $0.queryType = newValue } }
    }
    public var mutationType: String? {
        get { shared.value.mutationType }
        set { shared.update { $0.mutationType = newValue } }
    }
    public var subscriptionType: String? {
        get { shared.value.subscriptionType }
        set { shared.update { $0.subscriptionType = newValue } }
    }
    /// Directives applied to the schema definition and its extensions.
    public var schemaDirectives: [Directive] {
        get { shared.value.schemaDirectives }
        set { shared.update { $0.schemaDirectives = newValue } }
    }

    public init(
        description: String? = nil, types: [SchemaType], directives: [SchemaDirective], queryType: String?,
        mutationType: String? = nil, subscriptionType: String? = nil, schemaDirectives: [Directive] = []
    ) {
        var members = Members(
            description: description, types: types, directives: directives, queryType: queryType,
            mutationType: mutationType, subscriptionType: subscriptionType, schemaDirectives: schemaDirectives
        )
        members.index()
        shared = SharedValue(members)
    }

    public subscript(typeNamed name: String) -> SchemaType? {
        shared.value.typeIndex[name].map { shared.value.types[$0] }
    }

    private struct Members: Sendable, Hashable {
        var description: String?
        /// Set once, when the indexes below are built from it.
        let types: [SchemaType]
        var directives: [SchemaDirective]
        var queryType: String?
        var mutationType: String?
        var subscriptionType: String?
        var schemaDirectives: [Directive]
        /// Where each type is in `types`; the first of a name when several share it.
        var typeIndex: [String: Int] = [:]
        /// The object types implementing each interface, in definition order.
        var implementations: [String: [String]] = [:]

        mutating func index() {
            typeIndex = Dictionary(types.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
            implementations = [:]
            for type in types where type.kind == .object {
                // Once each, even if an (invalid) type names an interface twice.
                for interface in type.interfaces where implementations[interface]?.last != type.name {
                    implementations[interface, default: []].append(type.name)
                }
            }
        }
    }

    /// The object types implementing the interface `name`.
    fileprivate func implementations(of name: String) -> [String] {
        shared.value.implementations[name] ?? []
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
        case .interface: return implementations(of: name)
        default: return []
        }
    }

    /// Whether a value of the object type `objectType` can stand where the type `type` is
    /// expected: the same type, an implementation of the interface or a member of the union
    /// (DoesFragmentTypeApply, spec §6.3.2, and abstract type resolution, §6.4.3).
    public func isPossibleType(_ objectType: String, of type: String) -> Bool {
        objectType == type || possibleTypes(of: type).contains(objectType)
    }

    /// The kind of the named type at the bottom of `reference`, nil when unknown.
    public func kind(of reference: TypeReference) -> TypeKind? {
        self[typeNamed: reference.namedType.value]?.kind
    }
}
