import GraphQLLanguage

/// Binds every field of a schema to Swift: which Swift type backs each object type, and how
/// each field is resolved — a key path of the parent (`\User.email`, no closure needed), a
/// resolver per parent, or a batch resolver for all parents of one level at once
/// (`[User] → [[Payment]]`), which the executor calls once per field and level.
///
///     var graph = ResolverGraph(schema: schema)
///     graph.object("User", User.self) { user in
///         user.field("email", \.email)
///         user.batchField("payments") { users, arguments, context in try await payments.of(users) }
///     }
///     let executable = try graph.build()
///
/// `build()` checks the whole graph against the schema and lists every problem at once.
public struct ResolverGraph: Sendable {
    public let schema: Schema
    var objectTypes: [ObjectIdentifier: String] = [:]
    var swiftTypes: [String: any Any.Type] = [:]
    var fields: [String: [String: FieldResolver]] = [:]
    var problems: [String] = []

    public init(schema: Schema) {
        self.schema = schema
        IntrospectionResolvers.register(in: &self)
    }

    /// Declares that `swiftType` backs the object type `name` and binds its fields.
    public mutating func object<Parent: Sendable>(_ name: String, _ swiftType: Parent.Type, _ bind: (inout ObjectBinding<Parent>) -> Void) {
        object(name, swiftType, inline: false, bind)
    }

    /// `inline`: every field of the type, and everything below it, is computed from the parent
    /// without waiting on anything (introspection), so the executor runs its fields inline
    /// rather than in child tasks, which would only add thread hops.
    mutating func object<Parent: Sendable>(
        _ name: String, _ swiftType: Parent.Type, inline: Bool, _ bind: (inout ObjectBinding<Parent>) -> Void
    ) {
        if let existing = swiftTypes[name], ObjectIdentifier(existing) != ObjectIdentifier(swiftType) {
            problems.append("\(name) is bound to both \(existing) and \(swiftType).")
        }
        objectTypes[ObjectIdentifier(swiftType)] = name
        swiftTypes[name] = swiftType
        var binding = ObjectBinding<Parent>(typeName: name, inline: inline)
        bind(&binding)
        for (fieldName, resolver) in binding.resolvers {
            fields[name, default: [:]][fieldName] = resolver
        }
    }

    /// Binds the fields of a root operation type (`Query`, `Mutation`, `Subscription`), whose
    /// parent is always `Root()`.
    public mutating func root(_ name: String, _ bind: (inout ObjectBinding<Root>) -> Void) {
        var binding = ObjectBinding<Root>(typeName: name)
        bind(&binding)
        for (fieldName, resolver) in binding.resolvers {
            fields[name, default: [:]][fieldName] = resolver
        }
    }

    /// Checks the graph against the schema: every field of every object type bound, every
    /// binding naming a field, every Swift type able to produce its field's type.
    public func build() throws(ResolverGraphError) -> ExecutableSchema {
        var problems = self.problems
        let check = TypeCheck(schema: schema, objectTypes: objectTypes)
        for type in schema.types where type.kind == .object {
            let bound = fields[type.name] ?? [:]
            if swiftTypes[type.name] == nil && !type.name.hasPrefix("__") && type.name != schema.queryType
                && type.name != schema.mutationType && type.name != schema.subscriptionType {
                problems.append("\(type.name) has no Swift type: register it with object(\"\(type.name)\", …).")
            }
            for field in type.fields {
                guard let resolver = bound[field.name] else {
                    problems.append("\(type.name).\(field.name) is bound to nothing.")
                    continue
                }
                if !resolver.canProduce(field.type, check) {
                    problems.append("\(type.name).\(field.name) is bound to \(resolver.swiftType), which cannot produce \(field.type).")
                }
            }
        }
        for (typeName, bindings) in fields {
            guard let type = schema[typeNamed: typeName], type.kind == .object else {
                problems.append("\(typeName) is bound but is not an object type of the schema.")
                continue
            }
            for fieldName in bindings.keys where type.field(named: fieldName) == nil {
                problems.append("\(typeName).\(fieldName) is bound but the schema has no such field.")
            }
        }
        guard problems.isEmpty else { throw ResolverGraphError(problems: problems.sorted()) }
        return ExecutableSchema(schema: schema, objectTypes: objectTypes, fields: fields)
    }
}

/// The parent of root fields: the operation itself has no Swift value.
public struct Root: Sendable {
    public init() {}
}

/// Everything wrong with a resolver graph, found at once.
public struct ResolverGraphError: Error, Sendable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}

/// How one field is resolved, with the Swift type it produces (for the start-up check).
///
/// A class: the executor looks one up for every field of every level, and a reference is
/// cheaper to hand out than a copy of the closures and schema definitions it holds.
@usableFromInline
final class FieldResolver: Sendable {
    /// All parents of one level at once; one result per parent, in order.
    let resolve: @Sendable ([any Sendable], ArgumentValues, RequestContext) async throws -> [Resolved]
    let canProduce: @Sendable (TypeReference, TypeCheck) -> Bool
    let swiftType: String
    /// Key paths and functions of the parent resolve without suspending.
    let isImmediate: Bool
    /// The field and everything below it resolve without suspending: the executor runs it
    /// inline, not in a child task. Declared for introspection; set by `ExecutableSchema` for
    /// immediate fields of leaf types and of types below which nothing waits.
    let runsInline: Bool
    /// For key paths and functions of the parent: the values as a leaf field writes them, read
    /// in one pass (nil for an object or a list, which no leaf field can hold). The executor
    /// uses it on scalar and enum fields, where it saves the intermediate `Resolved` column.
    let leaves: (@Sendable ([any Sendable]) -> [ResponseValue?])?
    /// The value for one parent, read at once, without an array (a loop calling this per
    /// parent would be slower than `leaves`, whose loop is specialized).
    let read: (@Sendable (any Sendable) -> Resolved)?
    /// The field's definition, and its scalar or enum type when it is one (not a list): set by
    /// `ExecutableSchema`, so that executing a field looks up nothing else.
    let definition: SchemaField?
    let leafType: SchemaType?

    @usableFromInline
    init(
        resolve: @escaping @Sendable ([any Sendable], ArgumentValues, RequestContext) async throws -> [Resolved],
        canProduce: @escaping @Sendable (TypeReference, TypeCheck) -> Bool, swiftType: String, isImmediate: Bool, runsInline: Bool = false,
        leaves: (@Sendable ([any Sendable]) -> [ResponseValue?])? = nil, read: (@Sendable (any Sendable) -> Resolved)? = nil,
        definition: SchemaField? = nil, leafType: SchemaType? = nil
    ) {
        self.resolve = resolve
        self.canProduce = canProduce
        self.swiftType = swiftType
        self.isImmediate = isImmediate
        self.runsInline = runsInline
        self.leaves = leaves
        self.read = read
        self.definition = definition
        self.leafType = leafType
    }

    /// The same resolver, knowing its field's definition and whether it runs inline.
    func described(by definition: SchemaField, leafType: SchemaType?, runsInline: Bool) -> FieldResolver {
        FieldResolver(
            resolve: resolve, canProduce: canProduce, swiftType: swiftType, isImmediate: isImmediate, runsInline: runsInline,
            leaves: leaves, read: read, definition: definition, leafType: leafType
        )
    }
}

/// The fields of one object type being bound; `Parent` is its Swift type.
public struct ObjectBinding<Parent: Sendable> {
    let typeName: String
    /// Whether the executor may run every field bound here inline (see `ResolverGraph.object`).
    @usableFromInline var inline = false
    @usableFromInline var resolvers: [String: FieldResolver] = [:]

    /// A field read from the parent by key path: `user.field("email", \.email)`.
    @inlinable
    public mutating func field<Value: ResolvedConvertible>(_ name: String, _ keyPath: any KeyPath<Parent, Value> & Sendable) {
        field(name, reader: PropertyReader(keyPath))
    }

    /// A field computed from the parent alone, at once: `account.field("label") { "\($0.exchange) \($0.name)" }`.
    /// For computed properties this is faster than a key path, which the runtime walks; a field
    /// computed from one stored property is faster still bound by its key path and a transform
    /// (below), as this hands the function a copy of the whole parent.
    @inlinable
    public mutating func field<Value: ResolvedConvertible>(_ name: String, _ read: @escaping @Sendable (Parent) -> Value) {
        field(name, reader: PropertyReader(read))
    }

    /// A field computed from one stored property of the parent: `user.field("plan", \.plan) { $0.rawValue }`.
    /// Only the property is read, where a function of the whole parent (`{ $0.plan.rawValue }`)
    /// is handed a copy of the parent.
    @inlinable
    public mutating func field<Stored, Value: ResolvedConvertible>(
        _ name: String, _ keyPath: any KeyPath<Parent, Stored> & Sendable, _ transform: @escaping @Sendable (Stored) -> Value
    ) {
        field(name, reader: PropertyReader(keyPath, then: transform))
    }

    /// A field whose value does not depend on its parent: `user.field("stats", withoutParent: TradingStats.init)`.
    @inlinable
    public mutating func field<Value: ResolvedConvertible>(_ name: String, withoutParent make: @escaping @Sendable () -> Value) {
        field(name, reader: PropertyReader(withoutParent: make))
    }

    // Inlinable, with the reader: the closures are then specialized for each binding's types
    // where the binding is made, instead of running generic code with type metadata.
    @inlinable
    mutating func field<Value: ResolvedConvertible>(_ name: String, reader: PropertyReader<Parent, Value>) {
        resolvers[name] = FieldResolver(
            resolve: { parents, _, _ in parents.map { reader.read($0).resolved } },
            canProduce: { Value.canProduce($0, $1) }, swiftType: "\(Value.self)", isImmediate: true, runsInline: inline,
            leaves: { parents in parents.map { reader.read($0).resolved.leafValue } }, read: { reader.read($0).resolved }
        )
    }

    /// A field resolved for each parent on its own.
    public mutating func field<Value: ResolvedConvertible>(
        _ name: String, resolve: @escaping @Sendable (Parent, ArgumentValues, RequestContext) async throws -> Value
    ) {
        resolvers[name] = FieldResolver(
            resolve: { parents, arguments, context in
                var results: [Resolved] = []
                results.reserveCapacity(parents.count)
                for parent in parents {
                    results.append(try await resolve(parent as! Parent, arguments, context).resolved)
                }
                return results
            },
            canProduce: { Value.canProduce($0, $1) }, swiftType: "\(Value.self)", isImmediate: false, runsInline: inline
        )
    }

    /// A field resolved for all parents of a level at once: one call however many parents,
    /// which is how a list of users with their payments costs two store queries, not 101.
    /// The closure returns one value per parent, in the parents' order.
    public mutating func batchField<Value: ResolvedConvertible>(
        _ name: String, resolve: @escaping @Sendable ([Parent], ArgumentValues, RequestContext) async throws -> [Value]
    ) {
        resolvers[name] = FieldResolver(
            resolve: { parents, arguments, context in
                let values = try await resolve(parents.map { $0 as! Parent }, arguments, context)
                guard values.count == parents.count else {
                    throw BatchCountMismatch(expected: parents.count, received: values.count)
                }
                return values.map { $0.resolved }
            },
            canProduce: { Value.canProduce($0, $1) }, swiftType: "\(Value.self)", isImmediate: false, runsInline: inline
        )
    }
}

/// A batch resolver returned a different number of values than it was given parents.
struct BatchCountMismatch: Error, CustomStringConvertible {
    var expected: Int
    var received: Int
    var description: String { "a batch resolver returned \(received) values for \(expected) parents" }
}

/// A schema whose every field is bound: what the executor runs.
public struct ExecutableSchema: Sendable {
    public let schema: Schema
    let objectTypes: [ObjectIdentifier: String]
    let fields: [String: [String: FieldResolver]]

    init(schema: Schema, objectTypes: [ObjectIdentifier: String], fields: [String: [String: FieldResolver]]) {
        self.schema = schema
        self.objectTypes = objectTypes
        let inlineTypes = Self.inlineTypes(schema, fields)
        var described = fields
        for (typeName, resolvers) in fields {
            guard let type = schema[typeNamed: typeName] else { continue }
            for (fieldName, resolver) in resolvers {
                guard let definition = type.field(named: fieldName) else { continue }
                let leafType = Self.leafType(of: definition.type, in: schema)
                let runsInline = resolver.runsInline || resolver.isImmediate && Self.isInline(definition.type, inlineTypes, schema)
                described[typeName]?[fieldName] = resolver.described(by: definition, leafType: leafType, runsInline: runsInline)
            }
        }
        self.fields = described
    }

    /// The composite types below which nothing waits: every field of the type (of each of its
    /// object types, for an interface or a union) is declared inline or resolved at once into a
    /// leaf or another such type. Fields resolved at once into them run inline, subtree and all
    /// (`me { preferences { theme } }` needs no child task for `preferences`).
    ///
    /// The largest such set: start from every composite type and drop, until nothing changes,
    /// those with a field that may wait. (Types that only reach each other stay: nothing in
    /// them waits.)
    private static func inlineTypes(_ schema: Schema, _ fields: [String: [String: FieldResolver]]) -> Set<String> {
        var inline = Set(schema.types.filter { $0.kind.isComposite }.map(\.name))
        var changed = true
        while changed {
            changed = false
            for name in inline {
                guard let type = schema[typeNamed: name] else { continue }
                let stays: Bool
                if type.kind == .object {
                    let resolvers = fields[name] ?? [:]
                    stays = type.fields.allSatisfy { field in
                        guard let resolver = resolvers[field.name] else { return false }
                        return resolver.runsInline || resolver.isImmediate && isInline(field.type, inline, schema)
                    }
                } else {
                    stays = schema.possibleTypes(of: name).allSatisfy(inline.contains)
                }
                if !stays {
                    inline.remove(name)
                    changed = true
                }
            }
        }
        return inline
    }

    /// A field of this type, resolved at once, completes without waiting.
    private static func isInline(_ type: TypeReference, _ inlineTypes: Set<String>, _ schema: Schema) -> Bool {
        let name = type.namedType.value
        guard let named = schema[typeNamed: name] else { return false }
        return !named.kind.isComposite || inlineTypes.contains(name)
    }

    /// The scalar or enum type of a field that is one, possibly non-null; nil for lists and
    /// composite types.
    private static func leafType(of type: TypeReference, in schema: Schema) -> SchemaType? {
        let named: Name
        switch type {
        case .named(let name), .nonNull(.named(let name), _): named = name
        default: return nil
        }
        guard let found = schema[typeNamed: named.value], !found.kind.isComposite else { return nil }
        return found
    }

    /// A schema that answers introspection only: `__schema`, `__type` and `__typename` work,
    /// every other field fails. For tools that describe a schema without serving it.
    public static func introspection(of schema: Schema) -> ExecutableSchema {
        let graph = ResolverGraph(schema: schema)
        return ExecutableSchema(schema: schema, objectTypes: graph.objectTypes, fields: graph.fields)
    }

    func resolver(_ typeName: String, _ fieldName: String) -> FieldResolver? {
        fields[typeName]?[fieldName]
    }

    /// The GraphQL object type of a resolved Swift value.
    func objectTypeName(of value: any Sendable) -> String? {
        objectTypes[ObjectIdentifier(type(of: value))]
    }
}
