import GraphQLLanguage

/// Turns SDL definitions into the schema model: built-ins first, then the defined types and
/// directives in source order, each extension merged into the type it extends.
///
/// It never fails: duplicates and extensions of unknown types are reported by `SDLRules`, and
/// the first definition of a name wins here.
enum SchemaAssembler {
    static func assemble(_ definitions: SDLDefinitions) -> Schema {
        var types = BuiltIns.scalars + (definitions.includesIntrospection ? IntrospectionSDL.types : [])
        var index = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1.name, $0) })
        for located in definitions.types {
            let type = makeType(located)
            if index[type.name] != nil { continue }
            index[type.name] = types.count
            types.append(type)
        }
        for located in definitions.typeExtensions {
            guard let position = index[located.node.name.value], types[position].kind == kind(of: located.node) else { continue }
            extend(&types[position], with: located)
        }

        var directives = BuiltIns.directives
        for located in definitions.directives where !directives.contains(where: { $0.name == located.node.name.value }) {
            directives.append(makeDirective(located))
        }

        var schema = Schema(types: types, directives: directives, queryType: nil)
        let schemaParts = definitions.schemas.prefix(1) + definitions.schemaExtensions
        if definitions.schemas.isEmpty {
            // Without a schema definition the roots are the types with the conventional names.
            schema.queryType = index["Query"] != nil ? "Query" : nil
            schema.mutationType = index["Mutation"] != nil ? "Mutation" : nil
            schema.subscriptionType = index["Subscription"] != nil ? "Subscription" : nil
        }
        for part in schemaParts {
            if let description = part.node.description { schema.description = description.value }
            schema.schemaDirectives += part.node.directives
            for operationType in part.node.operationTypes {
                switch operationType.operation {
                case .query: schema.queryType = schema.queryType ?? operationType.type.value
                case .mutation: schema.mutationType = schema.mutationType ?? operationType.type.value
                case .subscription: schema.subscriptionType = schema.subscriptionType ?? operationType.type.value
                }
            }
        }
        return schema
    }

    static func kind(of definition: TypeDefinition) -> TypeKind {
        switch definition {
        case .scalar: .scalar
        case .object: .object
        case .interface: .interface
        case .union: .union
        case .enumeration: .enumeration
        case .inputObject: .inputObject
        }
    }

    private static func makeType(_ located: Located<TypeDefinition>) -> SchemaType {
        let definition = located.node
        var type = SchemaType(
            name: definition.name.value, kind: kind(of: definition), description: definition.description?.value,
            origin: located.origin(definition.span)
        )
        add(definition, from: located.file, to: &type)
        return type
    }

    private static func extend(_ type: inout SchemaType, with located: Located<TypeDefinition>) {
        type.extensionOrigins.append(located.origin(located.node.span))
        add(located.node, from: located.file, to: &type)
    }

    /// Adds what a definition or extension declares; a member already present keeps its first form.
    private static func add(_ definition: TypeDefinition, from file: String, to type: inout SchemaType) {
        type.directives += definition.directives
        switch definition {
        case .scalar:
            break
        case .object(let node):
            addFields(node.fields, interfaces: node.interfaces, from: file, to: &type)
        case .interface(let node):
            addFields(node.fields, interfaces: node.interfaces, from: file, to: &type)
        case .union(let node):
            type.possibleTypes += node.members.map(\.value)
        case .enumeration(let node):
            for value in node.values where type.enumValue(named: value.name.value) == nil {
                type.enumValues.append(SchemaEnumValue(
                    name: value.name.value, description: value.description?.value,
                    deprecationReason: deprecationReason(value.directives), directives: value.directives,
                    origin: SourceOrigin(file: file, location: value.span.start)
                ))
            }
        case .inputObject(let node):
            for field in node.fields where type.inputField(named: field.name.value) == nil {
                type.inputFields.append(makeInputValue(field, file: file))
            }
        }
        type.specifiedByURL = type.directives.first { $0.name.value == "specifiedBy" }.flatMap { stringArgument($0, "url") }
        type.isOneOf = type.directives.contains { $0.name.value == "oneOf" }
    }

    private static func addFields(_ fields: [FieldDefinition], interfaces: [Name], from file: String, to type: inout SchemaType) {
        type.interfaces += interfaces.map(\.value)
        for field in fields where type.field(named: field.name.value) == nil {
            type.fields.append(SchemaField(
                name: field.name.value, description: field.description?.value,
                arguments: uniqueInputValues(field.arguments, file: file), type: field.type,
                deprecationReason: deprecationReason(field.directives), directives: field.directives,
                origin: SourceOrigin(file: file, location: field.span.start)
            ))
        }
    }

    private static func makeDirective(_ located: Located<DirectiveDefinition>) -> SchemaDirective {
        let definition = located.node
        return SchemaDirective(
            name: definition.name.value, description: definition.description?.value,
            arguments: uniqueInputValues(definition.arguments, file: located.file),
            isRepeatable: definition.isRepeatable, locations: definition.locations.map(\.location),
            origin: located.origin(definition.span)
        )
    }

    private static func uniqueInputValues(_ definitions: [InputValueDefinition], file: String) -> [SchemaInputValue] {
        var values: [SchemaInputValue] = []
        for definition in definitions where !values.contains(where: { $0.name == definition.name.value }) {
            values.append(makeInputValue(definition, file: file))
        }
        return values
    }

    private static func makeInputValue(_ definition: InputValueDefinition, file: String) -> SchemaInputValue {
        SchemaInputValue(
            name: definition.name.value, description: definition.description?.value, type: definition.type,
            defaultValue: definition.defaultValue, deprecationReason: deprecationReason(definition.directives),
            directives: definition.directives, origin: SourceOrigin(file: file, location: definition.span.start)
        )
    }

    /// `@deprecated(reason: "…")`'s reason, its default reason when none is given, or nil.
    static func deprecationReason(_ directives: [Directive]) -> String? {
        guard let deprecated = directives.first(where: { $0.name.value == "deprecated" }) else { return nil }
        return stringArgument(deprecated, "reason") ?? BuiltIns.defaultDeprecationReason
    }

    private static func stringArgument(_ directive: Directive, _ name: String) -> String? {
        guard let argument = directive.arguments.first(where: { $0.name.value == name }),
              case .string(let text, _) = argument.value.kind else { return nil }
        return text
    }
}
