import GraphQLEngine
import GraphQLLanguage

/// A parsed and validated document with what the gateway checks before each run worked out
/// once, when the document enters the cache: each operation's static cost, the access its
/// fields need, and the executor's plan. A repeated query costs a cache lookup, not a walk of
/// its selections.
struct PreparedDocument: Sendable {
    let document: Document
    let plan: ExecutionPlan
    private let operations: [Operation]

    /// One operation and its facts.
    /// A class, as the executor's operations are: a request picks one, and a copy of a syntax
    /// tree would retain every member of it.
    final class Operation: Sendable {
        let definition: OperationDefinition
        /// Points charged against the caller's budget (at least 1).
        let cost: Int
        let access: AccessLevel

        init(definition: OperationDefinition, cost: Int, access: AccessLevel) {
            self.definition = definition
            self.cost = cost
            self.access = access
        }
    }

    init(_ document: Document, executor: Executor, limits: QueryLimits) {
        let schema = executor.executable.schema
        self.document = document
        self.plan = executor.plan(document)
        self.operations = document.operations.map { definition in
            Operation(
                definition: definition,
                cost: max(1, QueryCost.of(definition, in: document, schema: schema, limits: limits)),
                access: AccessLevel.required(by: definition, in: document, schema: schema)
            )
        }
    }

    /// The operation a request names (or the only one), as the executor will choose it.
    func operation(named name: String?) -> Result<Operation, GraphQLError> {
        Executor.choose(from: operations, named: name) { $0.definition.name?.value }
    }
}
