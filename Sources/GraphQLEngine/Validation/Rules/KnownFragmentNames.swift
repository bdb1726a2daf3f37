import GraphQLLanguage

/// Fragment Spread Target Defined (spec §5.5.2.1).
struct KnownFragmentNames: ValidationRule {
    static let events: ValidationEvents = [.enterFragmentSpread]

    func enterFragmentSpread(_ spread: FragmentSpread, _ context: ValidationContext) {
        if context.fragment(named: spread.name.value) == nil {
            context.report("Unknown fragment \"\(spread.name.value)\".", at: spread.name.span)
        }
    }
}
