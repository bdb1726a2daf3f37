import GraphQLLanguage

/// CoerceVariableValues (spec §6.1.2): the raw values given for an operation's variables,
/// checked against their declared types, defaults applied.
enum VariableValues {
    /// `definitions`: the operation's, rather than the operation: the executor reads them from
    /// the plan it keeps, and handing over the whole definition copied it (retaining each of
    /// its parts) on every run.
    static func coerce(
        _ raw: [String: InputValue], for definitions: [VariableDefinition], schema: Schema
    ) -> (values: [String: InputValue], errors: [GraphQLError]) {
        // Most operations declare no variables: nothing to coerce.
        guard !definitions.isEmpty else { return ([:], []) }
        let coercion = InputCoercion(schema: schema)
        var coerced: [String: InputValue] = [:]
        var errors: [GraphQLError] = []
        for definition in definitions {
            let name = definition.variable.value
            let type = definition.type
            let location = [definition.span.start]
            guard let given = raw[name] else {
                if let defaultValue = definition.defaultValue {
                    do {
                        coerced[name] = try coercion.coerce(literal: defaultValue, to: type, variables: [:], path: "$\(name)")
                    } catch {
                        errors.append(GraphQLError("Variable \"$\(name)\" has an invalid default value: \(error.message)", locations: location, code: ErrorCode.badUserInput))
                    }
                } else if type.isNonNull {
                    errors.append(GraphQLError("Variable \"$\(name)\" of required type \"\(type)\" was not provided.", locations: location, code: ErrorCode.badUserInput))
                }
                continue
            }
            if given.isNull && type.isNonNull {
                errors.append(GraphQLError("Variable \"$\(name)\" of non-null type \"\(type)\" must not be null.", locations: location, code: ErrorCode.badUserInput))
                continue
            }
            do {
                coerced[name] = try coercion.coerce(given, to: type, path: "$\(name)")
            } catch {
                errors.append(GraphQLError("Variable \"$\(name)\" got invalid value; \(error.message)", locations: location, code: ErrorCode.badUserInput))
            }
        }
        return (coerced, errors)
    }
}
