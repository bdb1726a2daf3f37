import Foundation

/// What each paid plan costs, in sats, and how long a payment keeps it (DESIGN.md: defaults basic
/// 25,000, advanced 50,000, pro 100,000, lifetime 500,000; one calendar month; lifetime forever).
public struct PlanPricing: Sendable, Hashable {
    public var prices: [Plan: Int64]

    public static let defaultPrices: [Plan: Int64] = [.basic: 25_000, .advanced: 50_000, .pro: 100_000, .lifetime: 500_000]
    /// The plans that can be bought, in the order the seed's message lists them.
    public static let purchasable: [Plan] = [.basic, .advanced, .pro, .lifetime]

    public init(prices: [Plan: Int64] = defaultPrices) {
        self.prices = prices
    }

    /// When a plan paid at `settledAt` ends, given what the user has now: one calendar month
    /// from settlement, or from the current expiry when the same plan is still running; nil
    /// (never) for lifetime.
    public static func expiry(of plan: Plan, settledAt: Date, currentPlan: Plan, currentExpiry: Date?) -> Date? {
        guard plan != .lifetime else { return nil }
        var start = settledAt
        if currentPlan == plan, let currentExpiry, currentExpiry > settledAt { start = currentExpiry }
        return Calendar.utc.date(byAdding: .month, value: 1, to: start) ?? start.addingTimeInterval(30 * 86_400)
    }
}
