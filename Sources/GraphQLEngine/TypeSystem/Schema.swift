import GraphQLLanguage

/// A checked GraphQL type system: named types, directives and root operation types.
///
/// Build one from SDL with `Schema.build(from:)`, which applies extensions and checks the
/// spec's type-system rules, reporting every problem at once.
public struct Schema: Sendable, Hashable {
    /// The members live in one immutable box, with indexes built once: the schema is copied
    /// into every validation, execution and introspection value, and a copy is then one retain.
    /// Changing a member (only done while a schema is assembled) makes a new box.
    private var storage: Storage

    public var description: String? {
        get { storage.members.description }
        set { update { $0.description = newValue } }
    }
    /// Every named type, built-in scalars included, in definition order.
    public var types: [SchemaType] { storage.members.types }
    public var directives: [SchemaDirective] {
        get { storage.members.directives }
        set { update { $0.directives = newValue } }
    }
    public var queryType: String? {
        get { storage.members.queryType }
        set { update { $0.queryType = newValue } }
    }
    public var mutationType: String? {
        get { storage.members.mutationType }
        set { update { $0.mutationType = newValue } }
    }
    public var subscriptionType: String? {
        get { storage.members.subscriptionType }
        set { update { $0.subscriptionType = newValue } }
    }
    /// Directives applied to the schema definition and its extensions.
    public var schemaDirectives: [Directive] {
        get { storage.members.schemaDirectives }
        set { update { $0.schemaDirectives = newValue } }
    }

    public init(
        description: String? = nil, types: [SchemaType], directives: [SchemaDirective], queryType: String?,
        mutationType: String? = nil, subscriptionType: String? = nil, schemaDirectives: [Directive] = []
    ) {
        storage = Storage(Members(
            description: description, types: types, directives: directives, queryType: queryType,
            mutationType: mutationType, subscriptionType: subscriptionType, schemaDirectives: schemaDirectives
        ))
    }

    public subscript(typeNamed name: String) -> SchemaType? {
        storage.typeIndex[name].map { storage.members.types[$0] }
    }

    public static func == (lhs: Schema, rhs: Schema) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.members == rhs.storage.members
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.members)
    }

    private mutating func update(_ change: (inout Members) -> Void) {
        var members = storage.members
        change(&members)
        storage = Storage(members)
    }

    private struct Members: Sendable, Hashable {
        var description: String?
        var types: [SchemaType]
        var directives: [SchemaDirective]
        var queryType: String?
        var mutationType: String?
        var subscriptionType: String?
        var schemaDirectives: [Directive]
    }

    private final class Storage: Sendable {
        let members: Members
        /// Where each type is in `members.types`; the first of a name when several share it.
        let typeIndex: [String: Int]
        /// The object types implementing each interface, in definition order.
        let implementations: [String: [String]]

        init(_ members: Members) {
            self.members = members
            typeIndex = Dictionary(members.types.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
            var implementations: [String: [String]] = [:]
            for type in members.types where type.kind == .object {
                // Once each, even if an (invalid) type names an interface twice.
                for interface in type.interfaces where implementations[interface]?.last != type.name {
                    implementations[interface, default: []].append(type.name)
                }
            }
            self.implementations = implementations
        }
    }

    /// The object types implementing the interface `name`.
    fileprivate func implementations(of name: String) -> [String] {
        storage.implementations[name] ?? []
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

    /// The kind of the named type at the bottom of `reference`, nil when unknown.
    public func kind(of reference: TypeReference) -> TypeKind? {
        self[typeNamed: reference.namedType.value]?.kind
    }
}
