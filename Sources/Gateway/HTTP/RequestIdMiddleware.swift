import HTTPTypes
import Hummingbird
import Logging

/// Gives every request an id, echoed as `X-Request-Id` on the response and carried into logs
/// and error envelopes. A caller's own id is kept when it is short and plain.
struct RequestIdMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let given = request.headers[.requestId]
        context.requestId = given.flatMap { Self.isAcceptable($0) ? $0 : nil } ?? Self.makeId()
        context.logger[metadataKey: "request_id"] = .string(context.requestId)
        var response = try await next(request, context)
        response.headers[.requestId] = context.requestId
        return response
    }

    static func isAcceptable(_ id: String) -> Bool {
        (1...64).contains(id.utf8.count)
            && id.utf8.allSatisfy { $0 == 0x2D || $0 == 0x2E || $0 == 0x5F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }

    /// `req_` and 16 hex digits: 64 random bits, written in one go (this runs on every request).
    static func makeId() -> String {
        let digits = String(UInt64.random(in: .min ... .max), radix: 16)
        return "req_" + String(repeating: "0", count: 16 - digits.utf8.count) + digits
    }
}

extension HTTPField.Name {
    static let requestId = Self("X-Request-Id")!
}
