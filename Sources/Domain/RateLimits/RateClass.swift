import Foundation

/// How fast one caller may call one kind of endpoint: a steady rate per minute and a burst
/// (the seed's "Rate Limits by Endpoint Type"), as a token bucket.
public struct RateClass: Sendable, Hashable {
    public var perMinute: Double
    public var burst: Double

    public init(perMinute: Double, burst: Double) {
        self.perMinute = perMinute
        self.burst = burst
    }

    /// The seed's table, by the names the route table uses. (/graphql is charged in cost points,
    /// from `rate_limit.graphql_points_per_minute`.)
    public static let defaults: [String: RateClass] = [
        "user_profile": RateClass(perMinute: 10, burst: 20),
        "user_profile_write": RateClass(perMinute: 5, burst: 10),
        "payments": RateClass(perMinute: 5, burst: 10),
        "payments_read": RateClass(perMinute: 10, burst: 20),
        "margin_guard": RateClass(perMinute: 10, burst: 20),
        "margin_guard_write": RateClass(perMinute: 5, burst: 10),
        "backtests": RateClass(perMinute: 5, burst: 10),
        "backtests_read": RateClass(perMinute: 10, burst: 20),
        "lnd": RateClass(perMinute: 10, burst: 20),
        "admin": RateClass(perMinute: 10, burst: 20),
        "auth": RateClass(perMinute: 10, burst: 20),
        "default": RateClass(perMinute: 60, burst: 120),
    ]
}

extension RateClass {
    public var perSecond: Double { perMinute / 60 }

    /// The tokens of a bucket that held `tokens` `seconds` ago: refilled at the steady rate,
    /// never beyond the burst (a clock going backwards refills nothing).
    public func refilled(_ tokens: Double, after seconds: TimeInterval) -> Double {
        min(burst, tokens + max(0, seconds) * perSecond)
    }
}

/// What one charge against a bucket decided, with what the headers say.
public struct RateDecision: Sendable, Hashable {
    public var allowed: Bool
    /// `X-RateLimit-Limit`: the bucket's capacity (the burst), so `Remaining` never exceeds it.
    public var limit: Int
    /// `X-RateLimit-Remaining`: whole tokens left after this charge.
    public var remaining: Int
    /// `X-RateLimit-Reset`: epoch seconds when the bucket is full again.
    public var reset: Int
    /// `Retry-After` on refusal: seconds until the charge would fit.
    public var retryAfter: Int?

    /// The decision for a bucket left with `tokensLeft` after the charge (or the refusal).
    public init(allowed: Bool, tokensLeft: Double, cost: Double, rateClass: RateClass, now: Date) {
        self.allowed = allowed
        self.limit = Int(rateClass.burst)
        self.remaining = max(0, Int(tokensLeft.rounded(.down)))
        self.reset = Int((now.timeIntervalSince1970 + (rateClass.burst - tokensLeft) / rateClass.perSecond).rounded(.up))
        self.retryAfter = allowed ? nil : max(1, Int(((cost - tokensLeft) / rateClass.perSecond).rounded(.up)))
    }
}
