import GraphQLLanguage

/// The scalars and directives every schema has (spec §3.5.1–§3.5.5, §3.13).
enum BuiltIns {
    static let scalars: [SchemaType] = [
        SchemaType(name: "Int", kind: .scalar, description: "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1."),
        SchemaType(name: "Float", kind: .scalar, description: "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point)."),
        SchemaType(name: "String", kind: .scalar, description: "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text."),
        SchemaType(name: "Boolean", kind: .scalar, description: "The `Boolean` scalar type represents `true` or `false`."),
        SchemaType(name: "ID", kind: .scalar, description: "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID."),
    ]

    static let scalarNames: Set<String> = Set(scalars.map(\.name))

    /// The reason `@deprecated` gives when none is written.
    static let defaultDeprecationReason = "No longer supported"

    static let directives: [SchemaDirective] = [
        SchemaDirective(
            name: "include",
            description: "Directs the executor to include this field or fragment only when the `if` argument is true.",
            arguments: [SchemaInputValue(name: "if", description: "Included when true.", type: .nonNull(.named("Boolean"), span: .synthesized))],
            locations: [.field, .fragmentSpread, .inlineFragment]
        ),
        SchemaDirective(
            name: "skip",
            description: "Directs the executor to skip this field or fragment when the `if` argument is true.",
            arguments: [SchemaInputValue(name: "if", description: "Skipped when true.", type: .nonNull(.named("Boolean"), span: .synthesized))],
            locations: [.field, .fragmentSpread, .inlineFragment]
        ),
        SchemaDirective(
            name: "deprecated",
            description: "Marks an element of a GraphQL schema as no longer supported.",
            arguments: [SchemaInputValue(
                name: "reason",
                description: "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                type: .named("String"), defaultValue: Value(.string(defaultDeprecationReason, isBlock: false))
            )],
            locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue]
        ),
        SchemaDirective(
            name: "specifiedBy",
            description: "Exposes a URL that specifies the behavior of this scalar.",
            arguments: [SchemaInputValue(name: "url", description: "The URL that specifies the behavior of this scalar.", type: .nonNull(.named("String"), span: .synthesized))],
            locations: [.scalar]
        ),
        SchemaDirective(
            name: "oneOf",
            description: "Indicates exactly one field must be supplied and this field must not be `null`.",
            locations: [.inputObject]
        ),
    ]

    static let directiveNames: Set<String> = Set(directives.map(\.name))
}
