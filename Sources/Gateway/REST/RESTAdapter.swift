import Domain
import GraphQLEngine
import GraphQLLanguage
import HTTPTypes
import Hummingbird
import NIOCore

/// Mounts the route table: each route binds path, query and body values to its document's
/// variables, runs it with the same executor as /graphql, and answers `{"success": true, …}` or
/// the error envelope. No route has Swift code of its own.
struct RESTAdapter {
    let table: RouteTable
    let service: GraphQLService
    var executor: Executor { service.executor }
    let authenticator: any Authenticator
    let configuration: GatewayConfiguration
    let limiter: RateLimiter
    let version: String

    func register(on router: Router<GatewayRequestContext>) {
        let openAPI = ByteBuffer(bytes: OpenAPIDocument.build(table, schema: executor.executable.schema, version: version).jsonBytes)
        router.get("/api/openapi.json") { _, context in
            await limited(.json(.ok, openAPI), caller: context.rateLimitKey(for: nil), rateClass: "default")
        }
        var methodsByPath: [String: Set<String>] = [:]
        for route in table.routes {
            methodsByPath[route.path, default: []].insert(route.method)
            let plan = executor.plan(route.document)
            router.on(RouterPath(route.path), method: HTTPRequest.Method(route.method)!) { request, context in
                await handle(route, plan, request, context)
            }
        }
        for (path, methods) in methodsByPath {
            let allowed = methods.sorted().joined(separator: ", ")
            for method in RouteParser.methods.subtracting(methods) {
                router.on(RouterPath(path), method: HTTPRequest.Method(method)!) { _, context in
                    var response = ErrorEnvelope.response(code: "METHOD_NOT_ALLOWED", message: "Use \(allowed) for this route.", requestId: context.requestId)
                    response.headers[.allow] = allowed
                    return await limited(response, caller: context.rateLimitKey(for: nil), rateClass: "default")
                }
            }
        }
        for method in RouteParser.methods {
            router.on("/api/**", method: HTTPRequest.Method(method)!) { request, context in
                let response = ErrorEnvelope.response(code: "RESOURCE_NOT_FOUND", message: "No route \(method) \(request.uri.path).", requestId: context.requestId)
                return await limited(response, caller: context.rateLimitKey(for: nil), rateClass: "default")
            }
        }
    }

    /// Every `/api` answer is charged to its caller and carries the `X-RateLimit-*` headers;
    /// a caller over its budget gets 429 before anything runs.
    private func handle(_ route: RouteTable.Route, _ plan: ExecutionPlan, _ request: Request, _ context: GatewayRequestContext) async -> Response {
        let identity: Authentication = route.auth == .none
            ? .anonymous
            : await authenticator.authenticate(authorization: request.headers.value(of: .authorization))
        let decision = await limiter.charge(caller: context.rateLimitKey(for: identity.viewer), rateClass: route.rateClass)
        var response: Response
        if let decision, !decision.allowed {
            response = ErrorEnvelope.response(
                code: "RATE_LIMIT_EXCEEDED", message: "Too many requests; retry in \(decision.retryAfter ?? 1) s.", requestId: context.requestId
            )
        } else {
            response = await run(route, plan, identity, request, context)
        }
        RateLimiter.apply(decision, to: &response)
        return response
    }

    private func limited(_ response: Response, caller: String, rateClass: String) async -> Response {
        var response = response
        RateLimiter.apply(await limiter.charge(caller: caller, rateClass: rateClass), to: &response)
        return response
    }

    private func run(
        _ route: RouteTable.Route, _ plan: ExecutionPlan, _ identity: Authentication, _ request: Request, _ context: GatewayRequestContext
    ) async -> Response {
        let requestId = context.requestId
        // Who asks, as the route demands.
        var viewer: Viewer? = nil
        if route.auth != .none {
            switch identity {
            case .anonymous:
                return ErrorEnvelope.response(code: "AUTHENTICATION_REQUIRED", message: "This route needs a bearer token.", requestId: requestId)
            case .invalid(let reason):
                return ErrorEnvelope.response(code: "AUTHENTICATION_FAILED", message: "The token is not valid: \(reason).", requestId: requestId)
            case .user(let user):
                if route.auth == .admin && !user.isAdmin {
                    return ErrorEnvelope.response(code: "PERMISSION_DENIED", message: "This route is for admins.", requestId: requestId)
                }
                viewer = user
            }
        }
        // The variables, from where the route says.
        let variables: [String: InputValue]
        switch await bind(route, request, context) {
        case .success(let bound): variables = bound
        case .failure(let failure):
            return ErrorEnvelope.response(code: "VALIDATION_ERROR", message: "Invalid request parameters", details: failure.details, requestId: requestId)
        }
        let requestContext = service.context(requestId: requestId, viewer: viewer, logger: context.logger)
        let result = await service.execute(plan, operationName: nil, variables: variables, context: requestContext, kind: route.operation.operation)
        return answer(route, result, requestId)
    }

    struct BindingFailure: Error {
        var details: [ErrorEnvelope.Detail]
    }

    /// Path and query strings read by each variable's declared type; body values as JSON.
    private func bind(_ route: RouteTable.Route, _ request: Request, _ context: GatewayRequestContext) async -> Result<[String: InputValue], BindingFailure> {
        // Most routes take nothing: no body to read, no query string to parse.
        guard !route.variables.isEmpty else { return .success([:]) }
        var values: [String: InputValue] = [:]
        var details: [ErrorEnvelope.Detail] = []
        var body: InputValue? = nil
        if route.variables.values.contains(where: { if case .path = $0 { false } else if case .query = $0 { false } else { true } }) {
            do {
                let buffer = try await request.body.collect(upTo: configuration.maxBodyBytes)
                body = buffer.readableBytes == 0 ? .object([:]) : try JSONInput.parse(buffer)
            } catch let failure as JSONInput.Failure {
                return .failure(BindingFailure(details: [ErrorEnvelope.Detail(field: "body", message: "The body is not valid JSON: \(failure.message).")]))
            } catch {
                return .failure(BindingFailure(details: [ErrorEnvelope.Detail(field: "body", message: "The body is larger than \(configuration.maxBodyBytes) bytes.")]))
            }
        }
        let queryParameters = request.uri.queryParameters
        for definition in route.operation.variableDefinitions {
            let name = definition.variable.value
            guard let source = route.variables[name] else { continue }
            switch source {
            case .path, .query:
                let text: String? = if case .path = source {
                    context.parameters.get(name)
                } else {
                    queryParameters[name[...]].map(String.init)
                }
                guard let text else { continue }
                switch RESTValue.read(text, as: definition.type, schema: executor.executable.schema) {
                case .success(let value): values[name] = value
                case .failure(let problem): details.append(ErrorEnvelope.Detail(field: name, message: problem.message))
                }
            case .body:
                values[name] = body
            case .bodyProperty(let property):
                if case .object(let fields)? = body, let value = fields[property] { values[name] = value }
            }
        }
        return details.isEmpty ? .success(values) : .failure(BindingFailure(details: details))
    }

    private func answer(_ route: RouteTable.Route, _ result: ExecutionResult, _ requestId: String) -> Response {
        if result.isRequestError {
            // Variable problems name the variable (found by the location of its definition).
            let details = result.errors.compactMap { error -> ErrorEnvelope.Detail? in
                guard let location = error.locations.first,
                      let definition = route.operation.variableDefinitions.first(where: { $0.span.start == location }) else { return nil }
                return ErrorEnvelope.Detail(field: definition.variable.value, message: error.message)
            }
            if !details.isEmpty {
                return ErrorEnvelope.response(code: "VALIDATION_ERROR", message: "Invalid request parameters", details: details, requestId: requestId)
            }
            return result.errors.first.map { ErrorEnvelope.response(for: $0, requestId: requestId) }
                ?? ErrorEnvelope.response(code: "INTERNAL_SERVER_ERROR", message: "Internal server error", requestId: requestId)
        }
        if let error = result.errors.first {
            return ErrorEnvelope.response(for: error, requestId: requestId)
        }
        guard let data = result.data else {
            return ErrorEnvelope.response(code: "INTERNAL_SERVER_ERROR", message: "Internal server error", requestId: requestId)
        }
        if let key = route.notFoundKey, data[key] == .null {
            return ErrorEnvelope.response(code: "RESOURCE_NOT_FOUND", message: "Not found.", requestId: requestId)
        }
        // Written as it goes: `{"success":true` and the data's members.
        var body = JSONObjectWriter(capacity: 1_000)
        body.append("success", true)
        for index in 0..<data.count {
            if data.keys[index] == route.spreadKey, body.appendMembers(of: data.values[index]) { continue }
            body.append(data.keys[index], data.values[index])
        }
        return .json(HTTPResponse.Status(code: route.successStatus), body.withObjectBytes { ByteBuffer(bytes: $0) })
    }
}

/// A path or query string read as the value of a variable's type.
enum RESTValue {
    /// Why a string is no value of the type: a message for the envelope's details.
    struct Problem: Error {
        var message: String
    }

    static func read(_ text: String, as type: TypeReference, schema: Schema) -> Result<InputValue, Problem> {
        let named = type.namedType.value
        if case .list = type { return .success(.list([.string(text)])) }
        if case .nonNull(.list, _) = type { return .success(.list([.string(text)])) }
        switch named {
        case "Int":
            guard let number = Int(text), Int32(exactly: number) != nil else { return .failure(Problem(message: "must be a whole number, not \"\(text)\"")) }
            return .success(.int(number))
        case "Float":
            guard let number = Double(text), number.isFinite else { return .failure(Problem(message: "must be a number, not \"\(text)\"")) }
            return .success(.float(number))
        case "Boolean":
            switch text {
            case "true": return .success(.boolean(true))
            case "false": return .success(.boolean(false))
            default: return .failure(Problem(message: "must be true or false, not \"\(text)\""))
            }
        default:
            if let enumType = schema[typeNamed: named], enumType.kind == .enumeration {
                guard enumType.enumValue(named: text) != nil else {
                    return .failure(Problem(message: "must be one of \(enumType.enumValues.map(\.name).joined(separator: ", ")), not \"\(text)\""))
                }
                return .success(.enumValue(text))
            }
            return .success(.string(text))
        }
    }
}
