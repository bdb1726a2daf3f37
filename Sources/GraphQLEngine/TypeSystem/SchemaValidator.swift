import GraphQLLanguage

/// The type-system rules checked on the assembled schema (graphql-js `validateSchema`): root
/// types, reserved names, fields and arguments in output and input positions, interface
/// implementation (interfaces of interfaces included), unions, enums, input objects, `@oneOf`
/// and directive definitions.
struct SchemaValidator {
    let schema: Schema
    var problems: [SchemaProblem] = []

    static func validate(_ schema: Schema) -> [SchemaProblem] {
        var validator = SchemaValidator(schema: schema)
        validator.checkRootTypes()
        validator.checkDirectiveDefinitions()
        for type in schema.types where !type.isBuiltIn {
            validator.checkName(type.name, type.origin)
            switch type.kind {
            case .object, .interface:
                validator.checkFields(of: type)
                validator.checkInterfaces(of: type)
            case .union:
                validator.checkMembers(of: type)
            case .enumeration:
                validator.checkValues(of: type)
            case .inputObject:
                validator.checkInputFields(of: type)
            case .scalar:
                break
            }
        }
        validator.checkInputObjectCycles()
        return validator.problems
    }

    mutating func report(_ message: String, _ origins: SourceOrigin?...) {
        problems.append(SchemaProblem(message, at: origins))
    }

    /// The kind of the type a reference names, nil when unknown (already reported by `SDLRules`).
    func kind(_ reference: TypeReference) -> TypeKind? {
        schema.kind(of: reference)
    }

    // MARK: - Root types

    private mutating func checkRootTypes() {
        guard let query = schema.queryType else {
            report("Query root type must be provided.")
            return
        }
        checkRootType(query, role: "Query", optional: false)
        if let mutation = schema.mutationType { checkRootType(mutation, role: "Mutation", optional: true) }
        if let subscription = schema.subscriptionType { checkRootType(subscription, role: "Subscription", optional: true) }
    }

    private mutating func checkRootType(_ name: String, role: String, optional: Bool) {
        guard let type = schema[typeNamed: name], type.kind != .object else { return }
        report("\(role) root type must be Object type\(optional ? " if provided" : ""), it cannot be \(name).", type.origin)
    }

    // MARK: - Names

    /// Names starting with `__` belong to introspection.
    mutating func checkName(_ name: String, _ origin: SourceOrigin?) {
        if name.hasPrefix("__") {
            report("Name \"\(name)\" must not begin with \"__\", which is reserved by GraphQL introspection.", origin)
        }
    }

    // MARK: - Unions and enums

    private mutating func checkMembers(of union: SchemaType) {
        if union.possibleTypes.isEmpty {
            report("Union type \(union.name) must define one or more member types.", union.origin)
        }
        var seen: Set<String> = []
        for member in union.possibleTypes {
            if !seen.insert(member).inserted {
                report("Union type \(union.name) can only include type \(member) once.", union.origin)
                continue
            }
            if let type = schema[typeNamed: member], type.kind != .object {
                report("Union type \(union.name) can only include Object types, it cannot include \(member).", union.origin)
            }
        }
    }

    private mutating func checkValues(of enumeration: SchemaType) {
        if enumeration.enumValues.isEmpty {
            report("Enum type \(enumeration.name) must define one or more values.", enumeration.origin)
        }
        for value in enumeration.enumValues {
            checkName(value.name, value.origin)
        }
    }

    // MARK: - Directive definitions

    private mutating func checkDirectiveDefinitions() {
        for directive in schema.directives where !directive.isBuiltIn {
            checkName(directive.name, directive.origin)
            for argument in directive.arguments {
                checkName(argument.name, argument.origin)
                if let kind = kind(argument.type), !kind.isInput {
                    report("The type of @\(directive.name)(\(argument.name):) must be Input Type but got: \(argument.type).", argument.origin)
                }
                if argument.isRequired && argument.isDeprecated {
                    report("Required argument @\(directive.name)(\(argument.name):) cannot be deprecated.", argument.origin)
                }
            }
        }
    }
}
