import GraphQLLanguage

/// The introspection types (spec §4.2), written as SDL and read with our own parser when the
/// first schema is built. Every schema holds them, so that documents may select `__schema`,
/// `__type` and `__typename`.
enum IntrospectionSDL {
    static let text = #"""
        "A GraphQL service's type system: its types, directives and root operation types."
        type __Schema {
          description: String
          "Every type of the schema."
          types: [__Type!]!
          "The type that query operations start from."
          queryType: __Type!
          "The type that mutation operations start from, if the schema has mutations."
          mutationType: __Type
          "The type that subscription operations start from, if the schema has subscriptions."
          subscriptionType: __Type
          "Every directive of the schema."
          directives: [__Directive!]!
        }

        "A type of the schema, or a list or non-null wrapper of one (see `kind`)."
        type __Type {
          kind: __TypeKind!
          name: String
          description: String
          fields(includeDeprecated: Boolean = false): [__Field!]
          interfaces: [__Type!]
          possibleTypes: [__Type!]
          enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
          inputFields(includeDeprecated: Boolean = false): [__InputValue!]
          ofType: __Type
          specifiedByURL: String
          isOneOf: Boolean
        }

        "What kind of type a `__Type` describes."
        enum __TypeKind {
          "A scalar: a leaf value such as `Int` or `DateTime`."
          SCALAR
          "An object type, with fields."
          OBJECT
          "An interface: fields that several object types share."
          INTERFACE
          "A union: one of several object types."
          UNION
          "An enum: one of a fixed set of values."
          ENUM
          "An input object: named input fields given as arguments."
          INPUT_OBJECT
          "A list of the type in `ofType`."
          LIST
          "The type in `ofType`, never null."
          NON_NULL
        }

        "A field of an object or interface type."
        type __Field {
          name: String!
          description: String
          args(includeDeprecated: Boolean = false): [__InputValue!]!
          type: __Type!
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "An argument, or a field of an input object, with its default value printed as GraphQL."
        type __InputValue {
          name: String!
          description: String
          type: __Type!
          "The default value written as a GraphQL literal, if there is one."
          defaultValue: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "One value of an enum type."
        type __EnumValue {
          name: String!
          description: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "A directive the service understands, with where it may be used."
        type __Directive {
          name: String!
          description: String
          isRepeatable: Boolean!
          locations: [__DirectiveLocation!]!
          args(includeDeprecated: Boolean = false): [__InputValue!]!
        }

        "Where a directive may be used."
        enum __DirectiveLocation {
          QUERY
          MUTATION
          SUBSCRIPTION
          FIELD
          FRAGMENT_DEFINITION
          FRAGMENT_SPREAD
          INLINE_FRAGMENT
          VARIABLE_DEFINITION
          SCHEMA
          SCALAR
          OBJECT
          FIELD_DEFINITION
          ARGUMENT_DEFINITION
          INTERFACE
          UNION
          ENUM
          ENUM_VALUE
          INPUT_OBJECT
          INPUT_FIELD_DEFINITION
        }
        """#

    /// The introspection types, built once, marked built-in (no origin).
    static let types: [SchemaType] = {
        guard let document = try? Document.parse(text) else {
            preconditionFailure("the introspection SDL does not parse")
        }
        return SchemaAssembler.assemble(SDLDefinitions([("introspection", document)], includesIntrospection: false)).types
            .filter { $0.name.hasPrefix("__") }
            .map(\.withoutOrigins)
    }()

    /// `__schema: __Schema!` and `__type(name: String!): __Type`, on the query root type only.
    static let schemaField = SchemaField(
        name: "__schema", description: "Access the current type schema of this server.",
        type: .nonNull(.named("__Schema"), span: .synthesized)
    )
    static let typeField = SchemaField(
        name: "__type", description: "Request the type information of a single type.",
        arguments: [SchemaInputValue(name: "name", type: .nonNull(.named("String"), span: .synthesized))],
        type: .named("__Type")
    )
    /// `__typename: String!`, on every object, interface and union.
    static let typenameField = SchemaField(
        name: "__typename", description: "The name of the current Object type at runtime.",
        type: .nonNull(.named("String"), span: .synthesized)
    )
}

extension SchemaType {
    /// The same type as a built-in: no origins on it or its members.
    var withoutOrigins: SchemaType {
        var type = self
        type.origin = nil
        type.fields = type.fields.map { field in
            var field = field
            field.origin = nil
            field.arguments = field.arguments.map { var argument = $0; argument.origin = nil; return argument }
            return field
        }
        type.enumValues = type.enumValues.map { var value = $0; value.origin = nil; return value }
        type.inputFields = type.inputFields.map { var field = $0; field.origin = nil; return field }
        return type
    }
}

extension Schema {
    /// The field `name` of `type` as a document may select it: a defined field, or one of the
    /// meta-fields `__typename` (any composite type), `__schema` and `__type` (query root only).
    public func fieldDefinition(named name: String, on type: SchemaType) -> SchemaField? {
        if name.hasPrefix("__") {
            switch name {
            case "__typename" where type.kind.isComposite: return IntrospectionSDL.typenameField
            case "__schema" where type.name == queryType: return IntrospectionSDL.schemaField
            case "__type" where type.name == queryType: return IntrospectionSDL.typeField
            default: break
            }
        }
        return type.field(named: name)
    }
}
