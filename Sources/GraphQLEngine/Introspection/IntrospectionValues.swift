import GraphQLLanguage

/// The Swift values behind the introspection types: each wraps a piece of the schema model.
struct IntrospectionSchema: Sendable {
    let schema: Schema
}

/// A `__Type`: a named type, or a list or non-null wrapper around one.
struct IntrospectionType: Sendable {
    let schema: Schema
    let reference: TypeReference
    /// The named type, when this is not a wrapper (found once: most of its fields read it).
    let named: SchemaType?

    init(schema: Schema, reference: TypeReference) {
        self.schema = schema
        self.reference = reference
        if case .named(let name) = reference { named = schema[typeNamed: name.value] } else { named = nil }
    }

    var kind: String {
        switch reference {
        case .nonNull: "NON_NULL"
        case .list: "LIST"
        case .named: named?.kind.rawValue ?? "SCALAR"
        }
    }

    var ofType: IntrospectionType? {
        switch reference {
        case .nonNull(let inner, _), .list(let inner, _): IntrospectionType(schema: schema, reference: inner)
        case .named: nil
        }
    }

    static func named(_ name: String, in schema: Schema) -> IntrospectionType {
        IntrospectionType(schema: schema, reference: .named(Name(name)))
    }
}

struct IntrospectionField: Sendable {
    let schema: Schema
    let field: SchemaField
}

struct IntrospectionInputValue: Sendable {
    let schema: Schema
    let value: SchemaInputValue

    /// The default as GraphQL source, as introspection reports it.
    var defaultValue: String? { value.defaultValue.map { Printer.print($0) } }
}

struct IntrospectionEnumValue: Sendable {
    let value: SchemaEnumValue
}

struct IntrospectionDirective: Sendable {
    let schema: Schema
    let directive: SchemaDirective
}

extension IntrospectionSchema: ResolvedConvertible {}
extension IntrospectionType: ResolvedConvertible {}
extension IntrospectionField: ResolvedConvertible {}
extension IntrospectionInputValue: ResolvedConvertible {}
extension IntrospectionEnumValue: ResolvedConvertible {}
extension IntrospectionDirective: ResolvedConvertible {}
