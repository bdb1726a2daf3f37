import GraphQLLanguage

/// Lone Anonymous Operation (spec §5.2.2.1): an anonymous operation must be the only one.
struct LoneAnonymousOperation: ValidationRule {
    static let events: ValidationEvents = [.enterOperation]

    func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        if operation.name == nil && context.document.operations.count > 1 {
            context.report("This anonymous operation must be the only defined operation.", at: operation.span)
        }
    }
}
