import GraphQLLanguage

/// Fragment Spread Is Possible (spec §5.5.2.3): a fragment applies only where some object could
/// be of both the fragment's type and the surrounding type.
struct PossibleFragmentSpreads: ValidationRule {
    static let events: ValidationEvents = [.enterFragmentSpread, .enterInlineFragment]

    func enterInlineFragment(_ fragment: InlineFragment, _ context: ValidationContext) {
        guard let condition = fragment.typeCondition, let fragmentType = context.schema[typeNamed: condition.value],
              let parent = context.typeInfo.parentType, fragmentType.kind.isComposite,
              !Self.overlap(fragmentType, parent, context.schema) else { return }
        context.report(
            "Fragment cannot be spread here as objects of type \"\(parent.name)\" can never be of type \"\(fragmentType.name)\".",
            at: fragment.span
        )
    }

    func enterFragmentSpread(_ spread: FragmentSpread, _ context: ValidationContext) {
        guard let fragment = context.fragment(named: spread.name.value),
              let fragmentType = context.schema[typeNamed: fragment.typeCondition.value], fragmentType.kind.isComposite,
              let parent = context.typeInfo.parentType, !Self.overlap(fragmentType, parent, context.schema) else { return }
        context.report(
            "Fragment \"\(spread.name.value)\" cannot be spread here as objects of type \"\(parent.name)\" can never be of type \"\(fragmentType.name)\".",
            at: spread.span
        )
    }

    /// Whether some object type is possible for both.
    static func overlap(_ first: SchemaType, _ second: SchemaType, _ schema: Schema) -> Bool {
        if first.name == second.name { return true }
        let firstPossible = Set(schema.possibleTypes(of: first.name))
        return schema.possibleTypes(of: second.name).contains { firstPossible.contains($0) }
    }
}
