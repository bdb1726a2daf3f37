import GraphQLLanguage

/// Type names used by variables and fragments exist in the schema (graphql-js
/// `KnownTypeNamesRule`; spec §5.8.2 and §5.5.1.2 assume it).
struct KnownTypeNames: ValidationRule {
    static let events: ValidationEvents = [.enterFragmentDefinition, .enterVariableDefinition, .enterInlineFragment]

    func enterVariableDefinition(_ variable: VariableDefinition, _ context: ValidationContext) {
        check(variable.type.namedType, context)
    }

    func enterFragmentDefinition(_ fragment: FragmentDefinition, _ context: ValidationContext) {
        check(fragment.typeCondition, context)
    }

    func enterInlineFragment(_ fragment: InlineFragment, _ context: ValidationContext) {
        if let typeCondition = fragment.typeCondition { check(typeCondition, context) }
    }

    private func check(_ name: Name, _ context: ValidationContext) {
        guard context.schema[typeNamed: name.value] == nil else { return }
        let suggestions = Suggestions.list(for: name.value, among: context.schema.types.map(\.name))
        context.report("Unknown type \"\(name.value)\".\(Suggestions.didYouMean(suggestions))", at: name.span)
    }
}
