import GraphQLLanguage

extension Schema {
    /// The schema as SDL: the schema definition when the roots are not the conventional
    /// `Query`, `Mutation` and `Subscription` (or it has a description or directives), then
    /// the defined directives and types, each type with its extensions merged in. Built-in
    /// scalars and directives are left out; descriptions print as block strings.
    public func printedSDL() -> String {
        var definitions: [Definition] = []
        if needsSchemaDefinition {
            definitions.append(.schema(SchemaDefinition(
                description: description.map(Self.describe), directives: schemaDirectives,
                operationTypes: [(OperationType.query, queryType), (.mutation, mutationType), (.subscription, subscriptionType)]
                    .compactMap { operation, name in name.map { OperationTypeDefinition(operation: operation, type: Name($0)) } }
            )))
        }
        definitions += directives.filter { !$0.isBuiltIn }.map { .directive(Self.definition(of: $0)) }
        definitions += types.filter { !$0.isBuiltIn }.map { .type(Self.definition(of: $0)) }
        return Printer.print(Document(definitions: definitions))
    }

    private var needsSchemaDefinition: Bool {
        description != nil || !schemaDirectives.isEmpty
            || (queryType != nil && queryType != "Query")
            || (mutationType != nil && mutationType != "Mutation")
            || (subscriptionType != nil && subscriptionType != "Subscription")
    }

    private static func describe(_ text: String) -> StringLiteral {
        StringLiteral(text, isBlock: true)
    }

    private static func definition(of directive: SchemaDirective) -> DirectiveDefinition {
        DirectiveDefinition(
            description: directive.description.map(describe), name: Name(directive.name),
            arguments: directive.arguments.map(definition(of:)), isRepeatable: directive.isRepeatable,
            locations: directive.locations.map { DirectiveLocationName($0) }
        )
    }

    private static func definition(of value: SchemaInputValue) -> InputValueDefinition {
        InputValueDefinition(
            description: value.description.map(describe), name: Name(value.name), type: value.type,
            defaultValue: value.defaultValue, directives: value.directives
        )
    }

    private static func definition(of field: SchemaField) -> FieldDefinition {
        FieldDefinition(
            description: field.description.map(describe), name: Name(field.name),
            arguments: field.arguments.map(definition(of:)), type: field.type, directives: field.directives
        )
    }

    private static func definition(of type: SchemaType) -> TypeDefinition {
        let description = type.description.map(describe)
        let name = Name(type.name)
        switch type.kind {
        case .scalar:
            return .scalar(ScalarTypeDefinition(description: description, name: name, directives: type.directives))
        case .object:
            return .object(ObjectTypeDefinition(
                description: description, name: name, interfaces: type.interfaces.map { Name($0) },
                directives: type.directives, fields: type.fields.map(definition(of:))
            ))
        case .interface:
            return .interface(InterfaceTypeDefinition(
                description: description, name: name, interfaces: type.interfaces.map { Name($0) },
                directives: type.directives, fields: type.fields.map(definition(of:))
            ))
        case .union:
            return .union(UnionTypeDefinition(
                description: description, name: name, directives: type.directives, members: type.possibleTypes.map { Name($0) }
            ))
        case .enumeration:
            return .enumeration(EnumTypeDefinition(
                description: description, name: name, directives: type.directives,
                values: type.enumValues.map {
                    EnumValueDefinition(description: $0.description.map(describe), name: Name($0.name), directives: $0.directives)
                }
            ))
        case .inputObject:
            return .inputObject(InputObjectTypeDefinition(
                description: description, name: name, directives: type.directives, fields: type.inputFields.map(definition(of:))
            ))
        }
    }
}
