import GraphQLLanguage

/// Limit: at most `QueryLimits.maxAliases` aliased fields, so that one field cannot be asked
/// for thousands of times under different names.
struct MaxAliases: ValidationRule {
    static let events: ValidationEvents = [.enterOperation]

    func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        let aliases = context.measures(of: operation).aliases
        let limit = context.limits.maxAliases
        if aliases > limit {
            context.report(
                "\(MaxDepth.describe(operation)) uses \(aliases) aliases, more than the limit of \(limit).",
                at: [operation.span.start], code: ErrorCode.aliasLimitExceeded
            )
        }
    }
}
