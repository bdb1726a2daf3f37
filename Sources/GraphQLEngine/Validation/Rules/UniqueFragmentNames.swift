import GraphQLLanguage

/// Fragment Name Uniqueness (spec §5.5.1.1).
struct UniqueFragmentNames: ValidationRule {
    static let events: ValidationEvents = [.enterFragmentDefinition]

    private var seen: [String: Name] = [:]

    mutating func enterFragmentDefinition(_ fragment: FragmentDefinition, _ context: ValidationContext) {
        let name = fragment.name
        if let first = seen[name.value] {
            context.report("There can be only one fragment named \"\(name.value)\".", at: first.span, name.span)
        } else {
            seen[name.value] = name
        }
    }
}
