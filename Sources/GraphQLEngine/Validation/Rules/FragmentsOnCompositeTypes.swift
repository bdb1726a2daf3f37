import GraphQLLanguage

/// Fragments On Composite Types (spec §5.5.1.3): a type condition names an object, interface or
/// union.
struct FragmentsOnCompositeTypes: ValidationRule {
    static let events: ValidationEvents = [.enterFragmentDefinition, .enterInlineFragment]

    func enterInlineFragment(_ fragment: InlineFragment, _ context: ValidationContext) {
        guard let condition = fragment.typeCondition, let type = context.schema[typeNamed: condition.value],
              !type.kind.isComposite else { return }
        context.report("Fragment cannot condition on non composite type \"\(condition.value)\".", at: condition.span)
    }

    func enterFragmentDefinition(_ fragment: FragmentDefinition, _ context: ValidationContext) {
        let condition = fragment.typeCondition
        guard let type = context.schema[typeNamed: condition.value], !type.kind.isComposite else { return }
        context.report(
            "Fragment \"\(fragment.name.value)\" cannot condition on non composite type \"\(condition.value)\".",
            at: condition.span
        )
    }
}
