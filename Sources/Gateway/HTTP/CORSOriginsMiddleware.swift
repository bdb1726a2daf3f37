import HTTPTypes
import Hummingbird

/// CORS for the configured origins only (`server.cors_origins`; `*` allows any). Preflights
/// from an allowed origin are answered here; answers to allowed origins name that origin and
/// expose the headers clients read (request id, rate limits). Other origins get no CORS
/// headers, so browsers keep them out.
struct CORSOriginsMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let origins: Set<String>

    init(origins: [String]) {
        self.origins = Set(origins)
    }

    static let allowedMethods = "GET, POST, PUT, PATCH, DELETE"
    static let allowedHeaders = "Authorization, Content-Type, Accept, X-Request-Id"
    static let exposedHeaders = "X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let origin = request.headers.value(of: .origin) else { return try await next(request, context) }
        let allowed = origins.contains("*") || origins.contains(origin)
        let isPreflight = request.method == .options && request.headers.contains(.accessControlRequestMethod)
        if isPreflight {
            guard allowed else { return Response(status: .forbidden, headers: [.vary: "Origin"]) }
            return Response(status: .noContent, headers: [
                .accessControlAllowOrigin: origin,
                .accessControlAllowMethods: Self.allowedMethods,
                .accessControlAllowHeaders: Self.allowedHeaders,
                .accessControlMaxAge: "600",
                .vary: "Origin",
            ])
        }
        var response = try await next(request, context)
        response.headers[.vary] = "Origin"
        if allowed {
            response.headers[.accessControlAllowOrigin] = origin
            response.headers[.accessControlExposeHeaders] = Self.exposedHeaders
        }
        return response
    }
}
