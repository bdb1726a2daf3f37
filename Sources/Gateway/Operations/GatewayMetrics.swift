import Prometheus
import Synchronization

/// What /metrics shows, in Prometheus text: requests and their durations by route and status,
/// GraphQL operations and errors by code, and rate-limit rejections. One registry per
/// application, so tests (and two apps in one process) never share counts.
public final class GatewayMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    // The descriptors are computed: the Prometheus type is not Sendable, so it cannot be a
    // shared constant.

    /// Upper bounds of the duration buckets: from a cached query to a slow exchange call.
    static let durationBuckets: [Duration] = [
        .milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    /// The request metrics of each label set, kept so that recording one request is one lookup
    /// (the registry would rebuild the names and labels every time).
    private let requestSeries = Mutex<[RequestLabels: (count: Counter, durations: DurationHistogram)]>([:])

    /// The operation counters, by operation type, kept for the same reason.
    private let operationCounts = Mutex<[String: Counter]>([:])

    private struct RequestLabels: Hashable {
        var route: String
        var method: String
        var status: Int
    }

    public init() {}

    /// `route` is the route's pattern (`/api/payments/:id/status`), never the path with its
    /// values, so the label set stays small.
    func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        let key = RequestLabels(route: route, method: method, status: status)
        let series = requestSeries.withLock { series in
            if let known = series[key] { return known }
            let labels = [("route", route), ("method", method), ("status", String(status))]
            let made = (
                count: registry.makeCounter(descriptor: Self.requests, labels: labels),
                durations: registry.makeDurationHistogram(descriptor: Self.durations, labels: labels, buckets: Self.durationBuckets)
            )
            series[key] = made
            return made
        }
        series.count.increment()
        series.durations.record(duration)
    }

    func recordOperation(_ kind: String) {
        operationCounts.withLock { counts in
            if let known = counts[kind] { return known }
            let made = registry.makeCounter(descriptor: Self.operations, labels: [("operation", kind)])
            counts[kind] = made
            return made
        }.increment()
    }

    func recordGraphQLError(code: String) {
        registry.makeCounter(descriptor: Self.errors, labels: [("code", code)]).increment()
    }

    func recordRateLimitRejection(rateClass: String) {
        registry.makeCounter(descriptor: Self.rejections, labels: [("class", rateClass)]).increment()
    }

    /// The exposition text.
    public func render() -> String {
        registry.emitToString()
    }

    private static var requests: MetricNameDescriptor {
        axisor("http_requests", "total", "HTTP requests answered, by route, method and status.")
    }
    private static var durations: MetricNameDescriptor {
        axisor("http_request_duration", "seconds", "Time to answer HTTP requests, by route, method and status.")
    }
    private static var operations: MetricNameDescriptor {
        axisor("graphql_operations", "total", "GraphQL operations run, by operation type.")
    }
    private static var errors: MetricNameDescriptor {
        axisor("graphql_errors", "total", "GraphQL errors answered, by extensions.code.")
    }
    private static var rejections: MetricNameDescriptor {
        axisor("rate_limit_rejections", "total", "Requests refused with 429, by rate class.")
    }

    /// `axisor_<name>_<unit>`.
    private static func axisor(_ name: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "axisor", metricName: name, unitName: unit, helpText: help)
    }
}
