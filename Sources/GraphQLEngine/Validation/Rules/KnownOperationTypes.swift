import GraphQLLanguage

/// Operation Type Existence (spec §5.2.1.2, September 2025): the schema must have a root type for
/// the operation's kind.
struct KnownOperationTypes: ValidationRule {
    static let events: ValidationEvents = [.enterOperation]

    func enterOperation(_ operation: OperationDefinition, _ context: ValidationContext) {
        if context.schema.rootType(for: operation.operation) == nil {
            context.report("The \(operation.operation.rawValue) operation is not supported by the schema.", at: operation.span)
        }
    }
}
