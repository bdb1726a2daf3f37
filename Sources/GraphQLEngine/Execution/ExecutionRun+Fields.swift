import GraphQLLanguage

extension ExecutionRun {
    /// CollectFields (spec §6.3.2): the fields of merged selection sets for an object type, by
    /// response key in first-seen order, through fragments whose type applies, without those
    /// `@skip` or `@include` exclude.
    func collectFields(_ type: SchemaType, _ selectionSets: [SelectionSet]) -> [(key: String, fields: [Field])] {
        var fields: [(key: String, fields: [Field])] = []
        var indexByKey: [String: Int] = [:]
        var visitedFragments: Set<String> = []
        func collect(_ selectionSet: SelectionSet) {
            for selection in selectionSet.selections where isIncluded(selection.directives) {
                switch selection {
                case .field(let field):
                    let key = field.responseKey
                    if let index = indexByKey[key] {
                        fields[index].fields.append(field)
                    } else {
                        indexByKey[key] = fields.count
                        fields.append((key, [field]))
                    }
                case .fragmentSpread(let spread):
                    guard visitedFragments.insert(spread.name.value).inserted, let fragment = fragments[spread.name.value],
                          applies(fragment.typeCondition, to: type) else { continue }
                    collect(fragment.selectionSet)
                case .inlineFragment(let fragment):
                    if let condition = fragment.typeCondition, !applies(condition, to: type) { continue }
                    collect(fragment.selectionSet)
                }
            }
        }
        for selectionSet in selectionSets { collect(selectionSet) }
        return fields
    }

    /// DoesFragmentTypeApply (spec §6.3.2).
    private func applies(_ condition: Name, to type: SchemaType) -> Bool {
        condition.value == type.name || schema.possibleTypes(of: condition.value).contains(type.name)
    }

    /// `@skip(if: true)` and `@include(if: false)` exclude, literals or variables alike.
    private func isIncluded(_ directives: [Directive]) -> Bool {
        for directive in directives where directive.name.value == "skip" || directive.name.value == "include" {
            guard let condition = directive.arguments.first(where: { $0.name.value == "if" })?.value else { continue }
            let value: Bool? = switch condition.kind {
            case .boolean(let flag): flag
            case .variable(let name): variables[name]?.boolean
            default: nil
            }
            if directive.name.value == "skip" && value == true { return false }
            if directive.name.value == "include" && value != true { return false }
        }
        return true
    }

    /// The first `__schema` or `__type` field the operation selects, through fragments.
    func introspectionField(in selectionSet: SelectionSet, visited: Set<String> = []) -> Field? {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                if field.name.value == "__schema" || field.name.value == "__type" { return field }
            case .inlineFragment(let fragment):
                if let found = introspectionField(in: fragment.selectionSet, visited: visited) { return found }
            case .fragmentSpread(let spread):
                guard !visited.contains(spread.name.value), let fragment = fragments[spread.name.value] else { continue }
                if let found = introspectionField(in: fragment.selectionSet, visited: visited.union([spread.name.value])) { return found }
            }
        }
        return nil
    }

    /// CoerceArgumentValues (spec §6.4.1).
    func coerceArguments(_ field: Field, _ definition: SchemaField) throws(InputCoercion.Failure) -> ArgumentValues {
        guard !definition.arguments.isEmpty else { return ArgumentValues() }
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
