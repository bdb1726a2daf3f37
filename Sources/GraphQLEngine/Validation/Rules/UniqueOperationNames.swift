import GraphQLLanguage

/// Operation Name Uniqueness (spec §5.2.1.1).
struct UniqueOperationNames: ValidationRule {
    static let events: ValidationEvents = [.enterOperation]

    private var seen: [String: Name] = [:]

    mutating func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        guard let name = operation.name else { return }
        if let first = seen[name.value] {
            context.report("There can be only one operation named \"\(name.value)\".", at: first.span, name.span)
        } else {
            seen[name.value] = name
        }
    }
}
