import Domain
import Hummingbird

/// The per-request context Hummingbird hands each handler, with the request id the gateway
/// assigns (or takes from a well-formed incoming `X-Request-Id`).
public struct GatewayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var requestId = ""
    /// The caller's IP address, the rate-limit key of anonymous callers.
    public let clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Whose rate-limit buckets a request charges: the user's when `viewer` is known, else
    /// the address's.
    func rateLimitKey(for viewer: Viewer?) -> String {
        viewer.map { "user:" + $0.userId } ?? "address:" + clientAddress
    }
}
