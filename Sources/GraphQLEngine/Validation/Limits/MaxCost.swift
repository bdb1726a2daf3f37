import GraphQLLanguage

/// Limit: an operation's static cost (`QueryCost`) stays within `QueryLimits.maxCost`.
struct MaxCost: ValidationRule {
    static let events: ValidationEvents = [.enterOperation]

    func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        let root = context.schema.rootType(for: operation.operation)
        let cost = QueryCost.cost(of: operation.selectionSet, on: root, context)
        let limit = context.limits.maxCost
        if cost > limit {
            context.report(
                "\(MaxDepth.describe(operation)) costs \(cost), more than the budget of \(limit).",
                at: [operation.span.start], code: ErrorCode.costLimitExceeded
            )
        }
    }
}
