import GraphQLEngine
import GraphQLLanguage

/// A parsed and validated document with what the gateway checks before each run worked out
/// once, when the document enters the cache: each operation's static cost, the access its
/// fields need, and the executor's plan. A repeated query costs a dictionary lookup, not a
/// walk of its selections.
struct PreparedDocument: Sendable {
    let document: Document
    let plan: ExecutionPlan
    private let operations: [String: Operation]

    /// One operation and its facts.
    struct Operation: Sendable {
        let definition: OperationDefinition
        /// Points charged against the caller's budget (at least 1).
        let cost: Int
        let access: AccessLevel
    }

    init(_ document: Document, executor: Executor, limits: QueryLimits) {
        let schema = executor.executable.schema
        self.document = document
        self.plan = executor.plan(document)
        var operations: [String: Operation] = [:]
        for definition in document.operations {
            operations[definition.name?.value ?? ""] = Operation(
                definition: definition,
                cost: max(1, QueryCost.of(definition, in: document, schema: schema, limits: limits)),
                access: AccessLevel.required(by: definition, in: document, schema: schema)
            )
        }
        self.operations = operations
    }

    /// The operation a request names (or the only one), as the executor will choose it.
    func operation(named name: String?) -> Result<Operation, GraphQLError> {
        Executor.operation(in: document, named: name).map { operations[$0.name?.value ?? ""]! }
    }
}
