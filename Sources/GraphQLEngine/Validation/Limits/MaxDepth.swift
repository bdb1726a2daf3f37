import GraphQLLanguage

/// Limit: fields nest at most `QueryLimits.maxDepth` deep. Introspection is left out, so clients'
/// schema queries always pass.
struct MaxDepth: ValidationRule {
    static let events: ValidationEvents = [.enterOperation]

    func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        let depth = context.measures(of: operation).depth
        let limit = context.limits.maxDepth
        if depth > limit {
            context.report(
                "\(Self.describe(operation)) is \(depth) fields deep, more than the limit of \(limit).",
                at: [operation.span.start], code: ErrorCode.depthLimitExceeded
            )
        }
    }

    static func describe(_ operation: OperationDefinition) -> String {
        operation.name.map { "Operation \"\($0.value)\"" } ?? "The anonymous operation"
    }
}
