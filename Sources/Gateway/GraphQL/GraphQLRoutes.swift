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
        guard let mediaType = GraphQLMediaType.negotiate(accept: request.headers[.accept]) else {
            return Self.plain(.notAcceptable, "Accept application/graphql-response+json or application/json.")
        }
        guard GraphQLMediaType.isJSONBody(request.headers[.contentType]) else {
            return Self.plain(.unsupportedMediaType, "Send the request as application/json.")
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: configuration.maxBodyBytes)
        } catch {
            return Self.plain(.contentTooLarge, "The request body is larger than \(configuration.maxBodyBytes) bytes.")
        }
        let json: InputValue
        do {
            json = try JSONInput.parse(Array(body.readableBytesView))
        } catch {
            return malformed("The body is not valid JSON: \(error.message)", mediaType)
        }
        if case .list(let items) = json {
            return try await batch(items, mediaType, context)
        }
        let graphQLRequest: GraphQLHTTPRequest
        do {
            graphQLRequest = try GraphQLHTTPRequest(json: json)
        } catch {
            return malformed(error.message, mediaType)
        }
        let outcome = await service.run(graphQLRequest, overGet: false, context: service.context(requestId: context.requestId))
        return respond(outcome, mediaType)
    }

    private func get(_ request: Request, _ context: GatewayRequestContext) async throws -> Response {
        guard let mediaType = GraphQLMediaType.negotiate(accept: request.headers[.accept]) else {
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
        let outcome = await service.run(graphQLRequest, overGet: true, context: service.context(requestId: context.requestId))
        if outcome.isMutationOverGet {
            var response = Self.json(.methodNotAllowed, outcome.result.response, mediaType)
            response.headers[.allow] = "POST"
            return response
        }
        return respond(outcome, mediaType)
    }

    private func batch(_ items: [InputValue], _ mediaType: GraphQLMediaType, _ context: GatewayRequestContext) async throws -> Response {
        guard !items.isEmpty else { return malformed("A batch must hold at least one request.", mediaType) }
        guard items.count <= configuration.maxBatchSize else {
            return malformed("A batch may hold at most \(configuration.maxBatchSize) requests, not \(items.count).", mediaType)
        }
        var responses: [ResponseValue] = []
        let shared = service.context(requestId: context.requestId)
        for item in items {
            do {
                let graphQLRequest = try GraphQLHTTPRequest(json: item)
                responses.append(await service.run(graphQLRequest, overGet: false, context: shared).result.response)
            } catch {
                responses.append(ExecutionResult(data: nil, errors: [GraphQLError(error.message, code: ErrorCode.badRequest)], isRequestError: true).response)
            }
        }
        return Self.json(.ok, .list(responses), mediaType)
    }

    /// Status codes per GraphQL over HTTP §6.4: with `application/json` a well-formed request
    /// is answered 200 whatever its errors; with `application/graphql-response+json` a request
    /// error (parse, validation, variables) is 400.
    private func respond(_ outcome: GraphQLService.Outcome, _ mediaType: GraphQLMediaType) -> Response {
        let result = outcome.result
        let isBadRequest = outcome.isMalformed || (mediaType == .graphQLResponse && result.isRequestError)
        return Self.json(isBadRequest ? .badRequest : .ok, result.response, mediaType)
    }

    /// Not a GraphQL request at all: 400 with either media type.
    private func malformed(_ message: String, _ mediaType: GraphQLMediaType) -> Response {
        let result = ExecutionResult(data: nil, errors: [GraphQLError(message, code: ErrorCode.badRequest)], isRequestError: true)
        return Self.json(.badRequest, result.response, mediaType)
    }

    static func json(_ status: HTTPResponse.Status, _ value: ResponseValue, _ mediaType: GraphQLMediaType) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = mediaType.rawValue + "; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: value.jsonBytes)))
    }

    static func plain(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: message + "\n")))
    }
}
