import GraphQLLanguage

/// Input Object Field Uniqueness (spec §5.6.3).
struct UniqueInputFieldNames: ValidationRule {
    static let events: ValidationEvents = [.enterValue]

    func enterValue(_ value: Value, _ context: ValidationContext) {
        guard case .object(let fields) = value.kind, fields.count > 1 else { return }
        var seen: [String: Name] = [:]
        for field in fields {
            if let first = seen[field.name.value] {
                context.report("There can be only one input field named \"\(field.name.value)\".", at: first.span, field.name.span)
            } else {
                seen[field.name.value] = field.name
            }
        }
    }
}
