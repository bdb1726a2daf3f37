import GraphQLLanguage

/// Executes validated operations against an executable schema (spec §6).
///
/// It works level by level: for each field it calls the field's resolver once with all the
/// parents of that level, then completes the results together — so a batch resolver sees every
/// user of a list at once. Query fields run concurrently, mutation fields one after another;
/// errors null the nearest nullable parent and carry the path of the field that failed.
public struct Executor: Sendable {
    public let executable: ExecutableSchema
    /// Objects whose fields are all read at once are written as JSON where they are read
    /// (`ResponseValue.json`), for a server that answers in JSON anyway.
    public let writesObjectsAsJSON: Bool

    public init(_ executable: ExecutableSchema, writesObjectsAsJSON: Bool = false) {
        self.executable = executable
        self.writesObjectsAsJSON = writesObjectsAsJSON
    }

    /// The plan of a document that passed validation, to keep with it and run many times.
    public func plan(_ document: Document) -> ExecutionPlan {
        ExecutionPlan(document: document, executable: executable)
    }

    /// Runs one operation of a document that passed validation (planned for this run only:
    /// a server that runs a document again keeps its `plan`).
    ///
    /// - Parameters:
    ///   - operationName: which operation to run; may be nil when the document holds one.
    ///   - variables: the raw variable values (from JSON), coerced here.
    public func execute(
        _ document: Document, operationName: String? = nil, variables: [String: InputValue] = [:], context: RequestContext
    ) async -> ExecutionResult {
        await execute(plan(document), operationName: operationName, variables: variables, context: context)
    }

    /// Runs one operation of a planned document.
    public func execute(
        _ plan: ExecutionPlan, operationName: String? = nil, variables: [String: InputValue] = [:], context: RequestContext
    ) async -> ExecutionResult {
        let operation: ExecutionPlan.Operation
        switch plan.operation(named: operationName) {
        case .success(let found): operation = found
        case .failure(let error): return ExecutionResult(data: nil, errors: [error], isRequestError: true)
        }
        // The definition is read where it is kept: a copy would retain each of its parts on every run.
        let (coercedVariables, variableErrors) = VariableValues.coerce(variables, for: operation.definition.variableDefinitions, schema: executable.schema)
        guard variableErrors.isEmpty else {
            return ExecutionResult(data: nil, errors: variableErrors, isRequestError: true)
        }
        if !context.allowsIntrospection, let field = operation.introspectionField {
            return ExecutionResult(data: nil, errors: [GraphQLError(
                "GraphQL introspection is not allowed here, but the query contained \(field.name.value).",
                locations: [field.span.start], code: ErrorCode.introspectionDisabled
            )], isRequestError: true)
        }
        var root = operation.root
        if plan.dependsOnVariables, let rootType = root?.type {
            // Which fields `@skip` and `@include` leave depends on this run's variables.
            var planner = ExecutionPlanner(executable: executable, document: plan.document, variables: coercedVariables)
            root = planner.plan([operation.definition.selectionSet], on: rootType)
        }
        guard let root else {
            return ExecutionResult(data: nil, errors: [GraphQLError(
                "The \(operation.definition.operation.rawValue) operation is not supported by the schema.", locations: [operation.definition.span.start]
            )], isRequestError: true)
        }
        let run = ExecutionRun(executable: executable, variables: coercedVariables, context: context, writesObjectsAsJSON: writesObjectsAsJSON)
        var errors: [GraphQLError] = []
        let data = await run.executeObject(root, parent: .root, paths: .root, serially: operation.definition.operation == .mutation, errors: &errors)
        return ExecutionResult(data: data, errors: errors)
    }

    /// GetOperation (spec §6.1): the operation named `name`, or the only one.
    public static func operation(in document: Document, named name: String?) -> Result<OperationDefinition, GraphQLError> {
        choose(from: document.operations, named: name) { $0.name?.value }
    }

    /// GetOperation over anything that stands for operations, named by `nameOf`: what a server
    /// that keeps facts per operation uses to find the facts of the operation a request runs.
    /// Inlinable, so that a caller in another module gets it specialized to its candidates: a
    /// generic call looks up its `Result`'s metadata and witness tables on every request.
    @inlinable
    public static func choose<Candidate>(
        from candidates: [Candidate], named name: String?, nameOf: (Candidate) -> String?
    ) -> Result<Candidate, GraphQLError> {
        if let name {
            guard let found = candidates.first(where: { nameOf($0) == name }) else {
                return .failure(GraphQLError("Unknown operation named \"\(name)\".", code: ErrorCode.badUserInput))
            }
            return .success(found)
        }
        guard candidates.count == 1, let only = candidates.first else {
            return .failure(GraphQLError(
                candidates.isEmpty ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.",
                code: ErrorCode.badUserInput
            ))
        }
        return .success(only)
    }
}

extension ErrorCode {
    public static let introspectionDisabled = "INTROSPECTION_DISABLED"
}
