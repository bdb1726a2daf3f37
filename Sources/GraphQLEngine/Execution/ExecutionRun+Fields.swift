import GraphQLLanguage

extension ExecutionRun {
    /// CoerceArgumentValues (spec §6.4.1) of a planned field. Most fields take no arguments:
    /// nothing to coerce, and the field's syntax is not even copied.
    func coerceArguments(_ planned: PlannedField, _ definition: SchemaField) throws(InputCoercion.Failure) -> ArgumentValues {
        guard !definition.arguments.isEmpty else { return ArgumentValues() }
        let field = planned.fields[0]
        let coercion = InputCoercion(schema: schema)
        var values: [String: InputValue] = [:]
        for argument in definition.arguments {
            let path = "Argument \"\(argument.name)\""
            let given = field.arguments.first { $0.name.value == argument.name }?.value
            if let given, case .variable(let variable) = given.kind, variables[variable] == nil {
                // A variable that was not provided counts as an argument not given.
                if let defaultValue = argument.defaultValue {
                    values[argument.name] = try coercion.coerce(literal: defaultValue, to: argument.type, variables: [:], path: path)
                } else if argument.type.isNonNull {
                    throw InputCoercion.Failure(message: "\(path) of required type \"\(argument.type)\" was provided the variable \"$\(variable)\" which was not provided a runtime value.")
                }
                continue
            }
            if let given {
                values[argument.name] = try coercion.coerce(literal: given, to: argument.type, variables: variables, path: path)
            } else if let defaultValue = argument.defaultValue {
                values[argument.name] = try coercion.coerce(literal: defaultValue, to: argument.type, variables: [:], path: path)
            } else if argument.type.isNonNull {
                throw InputCoercion.Failure(message: "\(path) of required type \"\(argument.type)\" was not provided.")
            }
        }
        return ArgumentValues(values)
    }
}
