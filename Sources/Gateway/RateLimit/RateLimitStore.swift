import Foundation
import Synchronization

/// Where token buckets live: in memory for one instance; the storage issue adds a PostgreSQL
/// store that several instances share.
public protocol RateLimitStore: Sendable {
    /// Charges `cost` tokens to the bucket `key` of `rateClass` at `now`.
    func charge(_ key: String, cost: Double, rateClass: RateClass, now: Date) async -> RateDecision
}

/// Token buckets in this process's memory.
public final class InMemoryRateLimitStore: RateLimitStore {
    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private let buckets = Mutex<[String: Bucket]>([:])

    public init() {}

    public func charge(_ key: String, cost: Double, rateClass: RateClass, now: Date) async -> RateDecision {
        buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: rateClass.burst, updated: now)
            let perSecond = rateClass.perMinute / 60
            bucket.tokens = min(rateClass.burst, bucket.tokens + max(0, now.timeIntervalSince(bucket.updated)) * perSecond)
            bucket.updated = now
            let allowed = bucket.tokens >= cost
            if allowed { bucket.tokens -= cost }
            buckets[key] = bucket
            let secondsToFull = (rateClass.burst - bucket.tokens) / perSecond
            return RateDecision(
                allowed: allowed, limit: Int(rateClass.burst), remaining: max(0, Int(bucket.tokens.rounded(.down))),
                reset: Int((now.timeIntervalSince1970 + secondsToFull).rounded(.up)),
                retryAfter: allowed ? nil : max(1, Int(((cost - bucket.tokens) / perSecond).rounded(.up)))
            )
        }
    }
}
