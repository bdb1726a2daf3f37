import Domain
import Foundation
import HTTPTypes
import Hummingbird

/// Charges callers against their buckets and writes the `X-RateLimit-*` headers. A caller is
/// its user id when authenticated, else its address; each rate class has its own bucket.
public struct RateLimiter: Sendable {
    let store: any RateLimitStore
    let classes: [String: RateClass]
    let isEnabled: Bool
    let metrics: GatewayMetrics

    /// The configured classes, with /graphql's points budget and the on/off switch.
    public init(configuration: GatewayConfiguration, store: any RateLimitStore = InMemoryRateLimitStore(), metrics: GatewayMetrics = GatewayMetrics()) {
        var classes = configuration.rateClasses
        let points = Double(configuration.graphQLPointsPerMinute)
        classes["graphql"] = RateClass(perMinute: points, burst: points * 2)
        self.store = store
        self.classes = classes
        self.isEnabled = configuration.rateLimitsEnabled
        self.metrics = metrics
    }

    /// nil when limits are off (and then `caller`, a string built per request, is not built).
    func charge(caller: @autoclosure () -> String, rateClass name: String, cost: Double = 1, now: Date = Date()) async -> RateDecision? {
        guard isEnabled else { return nil }
        let caller = caller()
        let rateClass = classes[name] ?? classes["default"] ?? RateClass(perMinute: 60, burst: 120)
        let decision: RateDecision
        do {
            decision = try await store.charge("\(name):\(caller)", cost: cost, rateClass: rateClass, now: now)
        } catch {
            // The store is unreachable: serve rather than refuse everyone (/ready reports the
            // database), and write no headers we could not compute.
            return nil
        }
        if !decision.allowed { metrics.recordRateLimitRejection(rateClass: name) }
        return decision
    }

    static func apply(_ decision: RateDecision?, to response: inout Response) {
        guard let decision else { return }
        response.headers[.rateLimitLimit] = String(decision.limit)
        response.headers[.rateLimitRemaining] = String(decision.remaining)
        response.headers[.rateLimitReset] = String(decision.reset)
        if let retryAfter = decision.retryAfter {
            response.headers[.retryAfter] = String(retryAfter)
        }
    }
}

extension HTTPField.Name {
    static let rateLimitLimit = Self("X-RateLimit-Limit")!
    static let rateLimitRemaining = Self("X-RateLimit-Remaining")!
    static let rateLimitReset = Self("X-RateLimit-Reset")!
}
