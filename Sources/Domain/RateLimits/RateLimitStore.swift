import Foundation

/// Where token buckets live: in this process's memory (`InMemoryRateLimitStore`), or in the
/// database, shared by every instance (`SQLRateLimitStore` in Storage).
public protocol RateLimitStore: Sendable {
    /// Charges `cost` tokens to the bucket `key` of `rateClass` at `now`: the whole cost or
    /// nothing, in one atomic step.
    func charge(_ key: String, cost: Double, rateClass: RateClass, now: Date) async throws -> RateDecision
}
