import GraphQLLanguage

/// Limit: an operation's static cost (`QueryCost`) stays within `QueryLimits.maxCost`.
struct MaxCost: ValidationRule {
    static let events: ValidationEvents = [.enterOperation]

    func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        let cost = context.measures(of: operation).cost
        let limit = context.limits.maxCost
        if cost > limit {
            context.report(
                "\(MaxDepth.describe(operation)) costs \(cost), more than the budget of \(limit).",
                at: [operation.span.start], code: ErrorCode.costLimitExceeded
            )
        }
    }
}
