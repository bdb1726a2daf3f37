import Foundation
import Synchronization

/// Token buckets in this process's memory: for one instance, and for tests.
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
            bucket.tokens = rateClass.refilled(bucket.tokens, after: now.timeIntervalSince(bucket.updated))
            bucket.updated = max(bucket.updated, now)  // a clock that went back refills nothing later either
            let allowed = bucket.tokens >= cost
            if allowed { bucket.tokens -= cost }
            buckets[key] = bucket
            return RateDecision(allowed: allowed, tokensLeft: bucket.tokens, cost: cost, rateClass: rateClass, now: now)
        }
    }
}
