import GraphQLLanguage

/// Limit: at most `QueryLimits.maxDirectives` directives in an operation, its variables and
/// the fragments it spreads.
struct MaxDirectives: ValidationRule {
    static let events: ValidationEvents = [.enterOperation]

    func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        var directives = operation.directives.count
        for variable in operation.variableDefinitions {
            directives = directives.addingClamped(variable.directives.count)
        }
        directives = directives.addingClamped(context.measures(of: operation).directives)
        let limit = context.limits.maxDirectives
        if directives > limit {
            context.report(
                "\(MaxDepth.describe(operation)) uses \(directives) directives, more than the limit of \(limit).",
                at: [operation.span.start], code: ErrorCode.directiveLimitExceeded
            )
        }
    }
}
