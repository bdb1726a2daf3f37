import GraphQLLanguage

/// Variable Uniqueness (spec §5.8.1): one error per repeated name, at every definition of it.
struct UniqueVariableNames: ValidationRule {
    static let events: ValidationEvents = [.enterOperation]

    func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        var byName: [String: [SourceSpan]] = [:]
        var order: [String] = []
        for variable in operation.variableDefinitions {
            let name = variable.variable.value
            if byName[name] == nil { order.append(name) }
            byName[name, default: []].append(variable.variable.span)
        }
        for name in order where byName[name, default: []].count > 1 {
            context.report("There can be only one variable named \"$\(name)\".", at: byName[name, default: []].map(\.start))
        }
    }
}
