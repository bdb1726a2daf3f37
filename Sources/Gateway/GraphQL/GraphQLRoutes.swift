import Domain
import GraphQLEngine
import HTTPTypes
import Hummingbird
import NIOCore

/// `/graphql`, to the GraphQL-over-HTTP spec: POST with JSON (a JSON array is a batch, answered
/// in order), GET for queries, `application/graphql-response+json` or `application/json`
/// responses with the spec's status codes.
struct GraphQLRoutes {
    let service: GraphQLService
    let configuration: GatewayConfiguration
    let authenticator: any Authenticator

    /// Who asks: a viewer from a valid bearer token, nobody without one, or a 401 answer for a
    /// token that is not valid (a bad token is never quietly treated as anonymous).
    private struct Caller {
        var viewer: Viewer?

        /// The rate-limit key: asked for only when limits are on.
        func key(in context: GatewayRequestContext) -> String {
            context.rateLimitKey(for: viewer)
        }
    }

    private func identify(_ request: Request, _ context: GatewayRequestContext, _ mediaType: GraphQLMediaType) async -> Result<Caller, Refusal> {
        switch await authenticator.authenticate(authorization: request.headers.value(of: .authorization)) {
        case .anonymous:
            return .success(Caller(viewer: nil))
        case .user(let viewer):
            return .success(Caller(viewer: viewer))
        case .invalid(let reason):
            let result = ExecutionResult(data: nil, errors: [GraphQLError("The token is not valid: \(reason).", code: "AUTHENTICATION_FAILED")], isRequestError: true)
            var response = Self.json(.unauthorized, result, mediaType)
            response.headers[.wwwAuthenticate] = "Bearer"
            return .failure(Refusal(response: response))
        }
    }

    private struct Refusal: Error {
        var response: Response
    }

    func register(on router: Router<GatewayRequestContext>) {
        router.post("/graphql") { request, context in try await post(request, context) }
        router.get("/graphql") { request, context in try await get(request, context) }
        router.on("/graphql", method: .put) { _, _ in methodNotAllowed() }
        router.on("/graphql", method: .delete) { _, _ in methodNotAllowed() }
        router.on("/graphql", method: .patch) { _, _ in methodNotAllowed() }
    }

    private func methodNotAllowed() -> Response {
        var response = Self.plain(.methodNotAllowed, "Use GET or POST.")
        response.headers[.allow] = "GET, POST"
        return response
    }

    private func post(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        guard let mediaType = GraphQLMediaType.negotiate(accept: request.headers.value(of: .accept)) else {
            return Self.plain(.notAcceptable, "Accept application/graphql-response+json or application/json.")
        }
        guard GraphQLMediaType.isJSONBody(request.headers.value(of: .contentType)) else {
            return Self.plain(.unsupportedMediaType, "Send the request as application/json.")
        }
        let body: ByteBuffer
        do {
            // Read once and not kept in the request: nothing reads it again.
            body = try await request.body.collect(upTo: configuration.maxBodyBytes)
        } catch {
            return Self.plain(.contentTooLarge, "The request body is larger than \(configuration.maxBodyBytes) bytes.")
        }
        let json: InputValue
        do {
            json = try JSONInput.parse(body)
        } catch {
            return malformed("The body is not valid JSON: \(error.message)", mediaType)
        }
        let caller: Caller
        switch await identify(request, context, mediaType) {
        case .success(let found): caller = found
        case .failure(let refusal): return refusal.response
        }
        if case .list(let items) = json {
            return try await batch(items, mediaType, context, caller)
        }
        let graphQLRequest: GraphQLHTTPRequest
        do {
            graphQLRequest = try GraphQLHTTPRequest(json: json)
        } catch {
            return malformed(error.message, mediaType)
        }
        let outcome = await service.run(
            graphQLRequest, overGet: false, context: service.context(requestId: context.requestId, viewer: caller.viewer, logger: context.logger), caller: caller.key(in: context)
        )
        return respond(outcome, mediaType)
    }

    private func get(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        guard let mediaType = GraphQLMediaType.negotiate(accept: request.headers.value(of: .accept)) else {
            return Self.plain(.notAcceptable, "Accept application/graphql-response+json or application/json.")
        }
        var parameters: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where parameters[String(key)] == nil {
            parameters[String(key)] = String(value)
        }
        let graphQLRequest: GraphQLHTTPRequest
        do {
            graphQLRequest = try GraphQLHTTPRequest(parameters: parameters)
        } catch {
            return malformed(error.message, mediaType)
        }
        let caller: Caller
        switch await identify(request, context, mediaType) {
        case .success(let found): caller = found
        case .failure(let refusal): return refusal.response
        }
        let outcome = await service.run(
            graphQLRequest, overGet: true, context: service.context(requestId: context.requestId, viewer: caller.viewer, logger: context.logger), caller: caller.key(in: context)
        )
        if outcome.isMutationOverGet {
            var response = Self.json(.methodNotAllowed, outcome.result, mediaType)
            response.headers[.allow] = "POST"
            return response
        }
        return respond(outcome, mediaType)
    }

    /// Each operation of a batch is charged on its own; the headers tell the budget after the
    /// last, and an operation over budget is answered with its error while the others run.
    private func batch(_ items: [InputValue], _ mediaType: GraphQLMediaType, _ context: GatewayRequestContext, _ caller: Caller) async throws -> Response {
        guard !items.isEmpty else { return malformed("A batch must hold at least one request.", mediaType) }
        guard items.count <= configuration.maxBatchSize else {
            return malformed("A batch may hold at most \(configuration.maxBatchSize) requests, not \(items.count).", mediaType)
        }
        var responses: [ResponseValue] = []
        var lastDecision: RateDecision? = nil
        let shared = service.context(requestId: context.requestId, viewer: caller.viewer, logger: context.logger)
        for item in items {
            do {
                let graphQLRequest = try GraphQLHTTPRequest(json: item)
                let outcome = await service.run(graphQLRequest, overGet: false, context: shared, caller: caller.key(in: context))
                lastDecision = outcome.rateDecision ?? lastDecision
                responses.append(outcome.result.response)
            } catch {
                responses.append(ExecutionResult(data: nil, errors: [GraphQLError(error.message, code: ErrorCode.badRequest)], isRequestError: true).response)
            }
        }
        var response = Self.json(.ok, .list(responses), mediaType)
        RateLimiter.apply(lastDecision, to: &response)
        return response
    }

    /// Status codes per GraphQL over HTTP §6.4 and the graphql-http audits: with
    /// `application/json` a request is answered 200 with its errors (legacy clients read the
    /// body, not the status); with `application/graphql-response+json` a request error
    /// (malformed, parse, validation, variables) is 400 without `data`.
    private func respond(_ outcome: GraphQLService.Outcome, _ mediaType: GraphQLMediaType) -> Response {
        let result = outcome.result
        let isBadRequest = mediaType == .graphQLResponse && result.isRequestError
        let status: HTTPResponse.Status = if outcome.isRateLimited {
            .tooManyRequests
        } else if outcome.isAccessRefused, let code = result.errors.first?.code {
            ErrorEnvelope.status(for: code)
        } else {
            isBadRequest ? .badRequest : .ok
        }
        var response = Self.json(status, result, mediaType)
        RateLimiter.apply(outcome.rateDecision, to: &response)
        return response
    }

    /// Not a well-formed GraphQL request (bad JSON, `query` missing or not a string, …): 400
    /// for `application/graphql-response+json`, 200 with the error for `application/json`.
    private func malformed(_ message: String, _ mediaType: GraphQLMediaType) -> Response {
        let result = ExecutionResult(data: nil, errors: [GraphQLError(message, code: ErrorCode.badRequest)], isRequestError: true)
        return Self.json(mediaType == .graphQLResponse ? .badRequest : .ok, result, mediaType)
    }

    static func json(_ status: HTTPResponse.Status, _ value: ResponseValue, _ mediaType: GraphQLMediaType) -> Response {
        .json(status, ByteBuffer(json: value), headers: mediaType.headers)
    }

    /// One request's response map, written without building it first.
    static func json(_ status: HTTPResponse.Status, _ result: ExecutionResult, _ mediaType: GraphQLMediaType) -> Response {
        .json(status, ByteBuffer(response: result), headers: mediaType.headers)
    }

    static func plain(_ status: HTTPResponse.Status, _ message: String) -> Response {
        Response(status: status, headers: plainText, body: ResponseBody(byteBuffer: ByteBuffer(string: message + "\n")))
    }

    private static let plainText = HTTPFields.contentType("text/plain; charset=utf-8")
}
