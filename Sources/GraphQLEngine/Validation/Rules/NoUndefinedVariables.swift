import GraphQLLanguage

/// All Variable Uses Defined (spec §5.8.3): every variable an operation uses, directly or in the
/// fragments it spreads, is defined by it.
struct NoUndefinedVariables: ValidationRule {
    static let events: ValidationEvents = [.leaveOperation]

    func leaveOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        let defined = Set(operation.variableDefinitions.map(\.variable.value))
        for usage in context.recursiveVariableUsages(of: operation) where !defined.contains(usage.name) {
            let message = operation.name.map { "Variable \"$\(usage.name)\" is not defined by operation \"\($0.value)\"." }
                ?? "Variable \"$\(usage.name)\" is not defined."
            context.report(message, at: usage.span, operation.span)
        }
    }
}
