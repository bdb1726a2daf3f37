import GraphQLLanguage

/// All Variables Used (spec §5.8.4): every variable an operation defines is used, directly or in
/// the fragments it spreads.
struct NoUnusedVariables: ValidationRule {
    static let events: ValidationEvents = [.leaveOperation]

    func leaveOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        let used = Set(context.recursiveVariableUsages(of: operation).map(\.name))
        for variable in operation.variableDefinitions where !used.contains(variable.variable.value) {
            let message = operation.name.map { "Variable \"$\(variable.variable.value)\" is never used in operation \"\($0.value)\"." }
                ?? "Variable \"$\(variable.variable.value)\" is never used."
            context.report(message, at: variable.span)
        }
    }
}
