import GraphQLLanguage

/// Variables Are Input Types (spec §5.8.2).
struct VariablesAreInputTypes: ValidationRule {
    static let events: ValidationEvents = [.enterVariableDefinition]

    func enterVariableDefinition(_ variable: VariableDefinition, _ context: ValidationContext) {
        guard let type = context.schema[typeNamed: variable.type.namedType.value], !type.kind.isInput else { return }
        context.report(
            "Variable \"$\(variable.variable.value)\" cannot be non-input type \"\(variable.type)\".",
            at: variable.type.span
        )
    }
}
