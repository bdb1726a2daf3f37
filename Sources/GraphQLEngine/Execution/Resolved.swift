import GraphQLLanguage

/// What a resolver returned for one parent, in the shape the executor completes: a leaf value,
/// an object (the Swift value that is the parent of the next level), a list, or null.
///
/// Not `indirect`: that would box every value in an allocation of its own, and the array of a
/// list already holds its items out of line.
public enum Resolved: Sendable {
    case null
    case leaf(ResponseValue)
    case object(any Sendable)
    case list([Resolved])
}

extension Resolved {
    /// The value as a leaf field writes it; nil for an object or a list.
    @inlinable
    var leafValue: ResponseValue? {
        switch self {
        case .null: return ResponseValue.null
        case .leaf(let value): return value
        case .object, .list: return nil
        }
    }
}

/// A Swift type that resolvers may return: it says how its values enter the response, and
/// which GraphQL types it can stand for, so that the resolver graph can refuse a wrong binding
/// at start-up rather than fail at run time.
public protocol ResolvedConvertible: Sendable {
    var resolved: Resolved { get }
    /// Whether values of this type can fill a field of `type` (non-null or not).
    static func canProduce(_ type: TypeReference, _ check: TypeCheck) -> Bool
}

/// What a binding's type check may ask of the schema and the resolver graph.
public struct TypeCheck: Sendable {
    let schema: Schema
    /// The GraphQL object type each registered Swift type stands for.
    let objectTypes: [ObjectIdentifier: String]

    /// The named type at the bottom of `type` once a non-null wrapper is removed, if `type` is
    /// not a list.
    func named(_ type: TypeReference) -> SchemaType? {
        switch type {
        case .nonNull(let inner, _): named(inner)
        case .list: nil
        case .named(let name): schema[typeNamed: name.value]
        }
    }

    /// Whether values of the Swift type `swiftType` can be of the composite type `type`.
    public func produces(object swiftType: any Any.Type, as type: TypeReference) -> Bool {
        guard let target = named(type), let objectName = objectTypes[ObjectIdentifier(swiftType)] else { return false }
        return schema.isPossibleType(objectName, of: target.name)
    }

    /// Whether `type`, once non-null is removed, is one of the scalars `names`, or any enum
    /// when `orEnum`.
    public func isLeaf(_ type: TypeReference, named names: Set<String>, orEnum: Bool = false) -> Bool {
        guard let target = named(type) else { return false }
        return names.contains(target.name) || (orEnum && target.kind == .enumeration)
    }
}

extension ResolvedConvertible {
    /// Object types: registered with the resolver graph, they are parents of the next level.
    public var resolved: Resolved { .object(self) }

    public static func canProduce(_ type: TypeReference, _ check: TypeCheck) -> Bool {
        check.produces(object: Self.self, as: type)
    }
}

extension String: ResolvedConvertible {
    public var resolved: Resolved { .leaf(.string(self)) }
    /// Strings fill String, ID and DateTime fields, and enum fields (checked against the
    /// enum's values when the response is written).
    public static func canProduce(_ type: TypeReference, _ check: TypeCheck) -> Bool {
        check.isLeaf(type, named: ["String", "ID", "DateTime"], orEnum: true)
    }
}

extension Int: ResolvedConvertible {
    public var resolved: Resolved { .leaf(.int(self)) }
    public static func canProduce(_ type: TypeReference, _ check: TypeCheck) -> Bool {
        check.isLeaf(type, named: ["Int", "Float", "ID"])
    }
}

extension Double: ResolvedConvertible {
    public var resolved: Resolved { .leaf(.float(self)) }
    public static func canProduce(_ type: TypeReference, _ check: TypeCheck) -> Bool {
        check.isLeaf(type, named: ["Float"])
    }
}

extension Bool: ResolvedConvertible {
    public var resolved: Resolved { .leaf(.boolean(self)) }
    public static func canProduce(_ type: TypeReference, _ check: TypeCheck) -> Bool {
        check.isLeaf(type, named: ["Boolean"])
    }
}

extension Optional: ResolvedConvertible where Wrapped: ResolvedConvertible {
    public var resolved: Resolved {
        switch self {
        case .some(let value): value.resolved
        case .none: .null
        }
    }

    /// An optional fills only nullable fields.
    public static func canProduce(_ type: TypeReference, _ check: TypeCheck) -> Bool {
        if case .nonNull = type { return false }
        return Wrapped.canProduce(type, check)
    }
}

extension Array: ResolvedConvertible where Element: ResolvedConvertible {
    // A closure, not `map(\.resolved)`: unspecialized, a key path argument is applied through
    // the runtime for every element.
    public var resolved: Resolved { .list(map { $0.resolved }) }

    public static func canProduce(_ type: TypeReference, _ check: TypeCheck) -> Bool {
        switch type {
        case .nonNull(let inner, _): canProduce(inner, check)
        case .list(let item, _): Element.canProduce(item, check)
        case .named: false
        }
    }
}
