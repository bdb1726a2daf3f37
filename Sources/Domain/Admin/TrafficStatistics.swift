/// What the instance answering has served since it started: for the admin dashboard's
/// response time and error rate.
public struct TrafficStatistics: Sendable, Hashable {
    public var requests: Int
    /// Answers with a 5xx status: the service's failures, not the callers'.
    public var serverErrors: Int
    public var totalMilliseconds: Double

    public init(requests: Int = 0, serverErrors: Int = 0, totalMilliseconds: Double = 0) {
        self.requests = requests
        self.serverErrors = serverErrors
        self.totalMilliseconds = totalMilliseconds
    }

    public var meanMilliseconds: Double { requests == 0 ? 0 : totalMilliseconds / Double(requests) }
    public var errorRate: Double { requests == 0 ? 0 : Double(serverErrors) / Double(requests) }
}

/// Where the traffic figures come from (the gateway counts its requests).
public protocol TrafficSource: Sendable {
    func statistics() -> TrafficStatistics
}
