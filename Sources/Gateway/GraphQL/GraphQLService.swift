import Crypto
import Domain
import GraphQLEngine
import GraphQLLanguage
import Logging

/// Runs GraphQL requests for the HTTP layer: persisted documents, the document cache, the
/// query limits, and execution with the request's context.
public final class GraphQLService: Sendable {
    let executor: Executor
    let limits: QueryLimits
    let allowsIntrospection: Bool
    let limiter: RateLimiter
    let metrics: GatewayMetrics
    private let documents: DocumentCache
    private let persisted = PersistedDocuments()

    public init(executor: Executor, configuration: GatewayConfiguration, limiter: RateLimiter, metrics: GatewayMetrics) {
        self.executor = executor
        self.limiter = limiter
        self.metrics = metrics
        self.limits = configuration.limits
        self.allowsIntrospection = configuration.introspection
        self.documents = DocumentCache(capacity: configuration.documentCacheSize)
    }

    /// What running one request gave.
    struct Outcome: Sendable {
        var result: ExecutionResult
        /// A query operation was fine, but it came by GET as a mutation: refuse with 405.
        var isMutationOverGet = false
        /// The operation reads fields the caller may not: 401 or 403, by the error's code.
        var isAccessRefused = false
        /// The charge of the operation's cost against the caller's points; nil when not charged.
        var rateDecision: RateDecision?
        /// Over budget: 429 with `Retry-After`.
        var isRateLimited: Bool { rateDecision.map { !$0.allowed } ?? false }
    }

    /// The context of one HTTP request: every operation of a batch shares it, and with it the
    /// loader cache.
    func context(requestId: String, viewer: Viewer?, logger: Logger) -> RequestContext {
        RequestContext(
            requestId: requestId, viewer: viewer, allowsIntrospection: viewer?.isAdmin == true || allowsIntrospection,
            reportUnexpected: { error, path in
                logger.error("resolver failed", metadata: ["path": .string(path.map(\.description).joined(separator: ".")), "error": .string(String(reflecting: error))])
            }
        )
    }

    /// Runs a validated document, counting the operation (of type `kind`, nil when none could
    /// be chosen) and its errors for /metrics. /graphql and the REST routes both come through here.
    func execute(
        _ plan: ExecutionPlan, operationName: String?, variables: [String: InputValue], context: RequestContext, kind: OperationType?
    ) async -> ExecutionResult {
        let result = await executor.execute(plan, operationName: operationName, variables: variables, context: context)
        metrics.recordOperation(kind?.rawValue ?? "unknown")
        record(result.errors)
        return result
    }

    func record(_ errors: [GraphQLError]) {
        for error in errors { metrics.recordGraphQLError(code: error.code ?? "GRAPHQL_ERROR") }
    }

    /// Runs one request for `caller` (the rate-limit key, built only when limits are on),
    /// charging the static cost of its operation before anything resolves.
    func run(_ request: GraphQLHTTPRequest, overGet: Bool, context: RequestContext, caller: @autoclosure () -> String) async -> Outcome {
        let text: String
        let knownHash: String?
        switch queryText(of: request) {
        case .success(let found): (text, knownHash) = found
        case .failure(let error):
            record([error])
            return Outcome(result: ExecutionResult(data: nil, errors: [error], isRequestError: true))
        }
        let prepared: PreparedDocument
        switch prepare(text, hash: knownHash) {
        case .ready(let ready): prepared = ready
        case .invalid(let errors):
            record(errors)
            return Outcome(result: ExecutionResult(data: nil, errors: errors, isRequestError: true))
        }
        // No operation to choose: the executor answers with the request error.
        guard case .success(let operation) = prepared.operation(named: request.operationName) else {
            let result = await execute(prepared.plan, operationName: request.operationName, variables: request.variables, context: context, kind: nil)
            return Outcome(result: result)
        }
        let kind = operation.definition.operation
        if overGet, kind != .query {
            return Outcome(result: ExecutionResult(data: nil, errors: [GraphQLError(
                "Only query operations may be sent with GET; send \(kind.rawValue)s with POST."
            )], isRequestError: true), isMutationOverGet: true)
        }
        if let refusal = operation.access.refusal(for: context.viewer as? Viewer) {
            metrics.recordGraphQLError(code: refusal.code)
            return Outcome(
                result: ExecutionResult(data: nil, errors: [GraphQLError(refusal.message, code: refusal.code)], isRequestError: true),
                isAccessRefused: true
            )
        }
        let decision = await limiter.charge(caller: caller(), rateClass: "graphql", cost: Double(operation.cost))
        if let decision, !decision.allowed {
            let error = GraphQLError(
                "This operation costs \(operation.cost) points, more than the \(decision.remaining) left this minute; retry in \(decision.retryAfter ?? 1) s.",
                code: ErrorCode.rateLimitExceeded
            )
            return Outcome(result: ExecutionResult(data: nil, errors: [error], isRequestError: true), rateDecision: decision)
        }
        let result = await execute(prepared.plan, operationName: request.operationName, variables: request.variables, context: context, kind: kind)
        return Outcome(result: result, rateDecision: decision)
    }

    /// The query text: given, or found by a persisted query's hash or a document id — with its
    /// SHA-256 when that is already known (persisted texts are stored under theirs).
    private func queryText(of request: GraphQLHTTPRequest) -> Result<(text: String, hash: String?), GraphQLError> {
        if let documentId = request.documentId {
            let hash = String(documentId.dropFirst(7))
            guard documentId.hasPrefix("sha256:"), let text = persisted.text(for: hash) else {
                return .failure(GraphQLError("Persisted document \"\(documentId)\" is not known.", code: ErrorCode.persistedQueryNotFound))
            }
            return .success((text, hash))
        }
        if case .object(let persistedQuery)? = request.extensions["persistedQuery"], let hash = persistedQuery["sha256Hash"]?.string {
            // Lowercased only when it is not already (it almost always is). Checked over the
            // contiguous bytes: through the UTF-8 view, byte by byte, it cost more than the lookup.
            let isLowercase = hash.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x41 && $0 <= 0x5A } } ?? false
            let hash = isLowercase ? hash : hash.lowercased()
            if let query = request.query {
                guard Self.sha256(query) == hash else {
                    return .failure(GraphQLError("The persisted query's sha256Hash does not match its query.", code: ErrorCode.persistedQueryHashMismatch))
                }
                persisted.register(query, hash: hash)
                return .success((query, hash))
            }
            guard let text = persisted.text(for: hash) else {
                return .failure(GraphQLError("PersistedQueryNotFound", code: ErrorCode.persistedQueryNotFound))
            }
            return .success((text, hash))
        }
        guard let query = request.query, !query.isEmpty else {
            return .failure(GraphQLError("A GraphQL request must include a \"query\" (or a persisted document).", code: ErrorCode.badRequest))
        }
        return .success((query, nil))
    }

    /// Parsed and validated, from the cache when this text was seen before. The cache is keyed
    /// by the text's SHA-256, taken here unless the caller knows it.
    private func prepare(_ text: String, hash knownHash: String?) -> DocumentCache.Entry {
        let hash = knownHash ?? Self.sha256(text)
        if let cached = documents.entry(for: hash) { return cached }
        let entry: DocumentCache.Entry
        do {
            let document = try Document.parse(text, options: ParserOptions(maxTokens: 100_000))
            let errors = Validator.validate(document, against: executor.executable.schema, limits: limits)
            entry = errors.isEmpty ? .ready(PreparedDocument(document, executor: executor, limits: limits)) : .invalid(errors)
        } catch {
            entry = .invalid([GraphQLError(error.message, locations: [error.location], code: ErrorCode.syntaxError)])
        }
        documents.store(entry, for: hash)
        return entry
    }

    static func sha256(_ text: String) -> String {
        Hex.string(SHA256.hash(data: Array(text.utf8)))
    }
}

extension ErrorCode {
    public static let persistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND"
    public static let persistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH"
    public static let badRequest = "BAD_REQUEST"
    public static let rateLimitExceeded = "RATE_LIMIT_EXCEEDED"
}
