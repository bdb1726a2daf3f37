import GraphQLLanguage

/// Executes validated operations against an executable schema (spec §6).
///
/// It works level by level: for each field it calls the field's resolver once with all the
/// parents of that level, then completes the results together — so a batch resolver sees every
/// user of a list at once. Query fields run concurrently, mutation fields one after another;
/// errors null the nearest nullable parent and carry the path of the field that failed.
public struct Executor: Sendable {
    public let executable: ExecutableSchema

    public init(_ executable: ExecutableSchema) {
        self.executable = executable
    }

    /// Runs one operation of a document that passed validation.
    ///
    /// - Parameters:
    ///   - operationName: which operation to run; may be nil when the document holds one.
    ///   - variables: the raw variable values (from JSON), coerced here.
    public func execute(
        _ document: Document, operationName: String? = nil, variables: [String: InputValue] = [:], context: RequestContext
    ) async -> ExecutionResult {
        let operation: OperationDefinition
        switch Self.operation(in: document, named: operationName) {
        case .success(let found): operation = found
        case .failure(let error): return ExecutionResult(data: nil, errors: [error], isRequestError: true)
        }
        let (coercedVariables, variableErrors) = VariableValues.coerce(variables, for: operation, schema: executable.schema)
        guard variableErrors.isEmpty else {
            return ExecutionResult(data: nil, errors: variableErrors, isRequestError: true)
        }
        let run = ExecutionRun(executable: executable, document: document, variables: coercedVariables, context: context)
        if !context.allowsIntrospection, let field = run.introspectionField(in: operation.selectionSet) {
            return ExecutionResult(data: nil, errors: [GraphQLError(
                "GraphQL introspection is not allowed here, but the query contained \(field.name.value).",
                locations: [field.span.start], code: ErrorCode.introspectionDisabled
            )], isRequestError: true)
        }
        guard let root = executable.schema.rootType(for: operation.operation) else {
            return ExecutionResult(data: nil, errors: [GraphQLError(
                "The \(operation.operation.rawValue) operation is not supported by the schema.", locations: [operation.span.start]
            )], isRequestError: true)
        }
        var errors: [GraphQLError] = []
        let objects = await run.executeSelections(
            [operation.selectionSet], on: root, parents: [Root()], paths: .root,
            serially: operation.operation == .mutation, errors: &errors
        )
        return ExecutionResult(data: objects.first ?? nil, errors: errors)
    }

    /// GetOperation (spec §6.1): the operation named `name`, or the only one.
    public static func operation(in document: Document, named name: String?) -> Result<OperationDefinition, GraphQLError> {
        let operations = document.operations
        if let name {
            guard let found = operations.first(where: { $0.name?.value == name }) else {
                return .failure(GraphQLError("Unknown operation named \"\(name)\".", code: ErrorCode.badUserInput))
            }
            return .success(found)
        }
        guard operations.count == 1, let only = operations.first else {
            return .failure(GraphQLError(
                operations.isEmpty ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.",
                code: ErrorCode.badUserInput
            ))
        }
        return .success(only)
    }
}

extension ErrorCode {
    public static let introspectionDisabled = "INTROSPECTION_DISABLED"
}
