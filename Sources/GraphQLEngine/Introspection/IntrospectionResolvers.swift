import GraphQLLanguage

/// Binds the introspection types (spec §4.2) like any other part of the schema, so the same
/// executor answers `__schema` and `__type`. They only read the schema: run inline.
enum IntrospectionResolvers {
    static func register(in graph: inout ResolverGraph) {
        graph.object("__Schema", IntrospectionSchema.self, inline: true) { schema in
            schema.field("description", \.schema.description)
            schema.field("types") { value, _, _ in value.schema.types.map { IntrospectionType.named($0.name, in: value.schema) } }
            schema.field("queryType") { value, _, _ in IntrospectionType.named(value.schema.queryType ?? "", in: value.schema) }
            schema.field("mutationType") { value, _, _ in value.schema.mutationType.map { IntrospectionType.named($0, in: value.schema) } }
            schema.field("subscriptionType") { value, _, _ in value.schema.subscriptionType.map { IntrospectionType.named($0, in: value.schema) } }
            schema.field("directives") { value, _, _ in value.schema.directives.map { IntrospectionDirective(schema: value.schema, directive: $0) } }
        }
        graph.object("__Type", IntrospectionType.self, inline: true) { type in
            type.field("kind") { $0.kind }
            type.field("name") { $0.named?.name }
            type.field("description") { $0.named?.description }
            type.field("fields") { value, arguments, _ in
                guard let named = value.named, named.kind == .object || named.kind == .interface else { return nil as [IntrospectionField]? }
                return named.fields.filter { includes($0.isDeprecated, arguments) }.map { IntrospectionField(schema: value.schema, field: $0) }
            }
            type.field("interfaces") { value, _, _ in
                guard let named = value.named, named.kind == .object || named.kind == .interface else { return nil as [IntrospectionType]? }
                return named.interfaces.map { IntrospectionType.named($0, in: value.schema) }
            }
            type.field("possibleTypes") { value, _, _ in
                guard let named = value.named, named.kind == .interface || named.kind == .union else { return nil as [IntrospectionType]? }
                return value.schema.possibleTypes(of: named.name).map { IntrospectionType.named($0, in: value.schema) }
            }
            type.field("enumValues") { value, arguments, _ in
                guard let named = value.named, named.kind == .enumeration else { return nil as [IntrospectionEnumValue]? }
                return named.enumValues.filter { includes($0.isDeprecated, arguments) }.map { IntrospectionEnumValue(value: $0) }
            }
            type.field("inputFields") { value, arguments, _ in
                guard let named = value.named, named.kind == .inputObject else { return nil as [IntrospectionInputValue]? }
                return named.inputFields.filter { includes($0.isDeprecated, arguments) }.map { IntrospectionInputValue(schema: value.schema, value: $0) }
            }
            type.field("ofType") { $0.ofType }
            type.field("specifiedByURL") { $0.named?.kind == .scalar ? $0.named?.specifiedByURL : nil }
            type.field("isOneOf") { $0.named?.kind == .inputObject ? $0.named?.isOneOf : nil }
        }
        graph.object("__Field", IntrospectionField.self, inline: true) { field in
            field.field("name", \.field.name)
            field.field("description", \.field.description)
            field.field("args") { value, arguments, _ in
                value.field.arguments.filter { includes($0.isDeprecated, arguments) }.map { IntrospectionInputValue(schema: value.schema, value: $0) }
            }
            field.field("type") { IntrospectionType(schema: $0.schema, reference: $0.field.type) }
            field.field("isDeprecated") { $0.field.isDeprecated }
            field.field("deprecationReason", \.field.deprecationReason)
        }
        graph.object("__InputValue", IntrospectionInputValue.self, inline: true) { input in
            input.field("name", \.value.name)
            input.field("description", \.value.description)
            input.field("type") { IntrospectionType(schema: $0.schema, reference: $0.value.type) }
            input.field("defaultValue") { $0.defaultValue }
            input.field("isDeprecated") { $0.value.isDeprecated }
            input.field("deprecationReason", \.value.deprecationReason)
        }
        graph.object("__EnumValue", IntrospectionEnumValue.self, inline: true) { value in
            value.field("name", \.value.name)
            value.field("description", \.value.description)
            value.field("isDeprecated") { $0.value.isDeprecated }
            value.field("deprecationReason", \.value.deprecationReason)
        }
        graph.object("__Directive", IntrospectionDirective.self, inline: true) { directive in
            directive.field("name", \.directive.name)
            directive.field("description", \.directive.description)
            directive.field("isRepeatable", \.directive.isRepeatable)
            directive.field("locations") { $0.directive.locations.map(\.rawValue) }
            directive.field("args") { value, arguments, _ in
                value.directive.arguments.filter { includes($0.isDeprecated, arguments) }.map { IntrospectionInputValue(schema: value.schema, value: $0) }
            }
        }
    }

    /// `includeDeprecated: false` (the default) hides deprecated members.
    private static func includes(_ isDeprecated: Bool, _ arguments: ArgumentValues) -> Bool {
        !isDeprecated || arguments["includeDeprecated"]?.boolean == true
    }
}
