/// How many exchange accounts a user may keep: set by their plan (seed: free 1, basic 3,
/// advanced 5, pro 10, lifetime 15).
public struct AccountLimits: Sendable, Hashable {
    public var maxAccounts: Int
    public var currentAccounts: Int
    public var planLimits: [Plan: Int]

    public static let perPlan: [Plan: Int] = [.free: 1, .basic: 3, .advanced: 5, .pro: 10, .lifetime: 15]

    public init(plan: Plan, currentAccounts: Int, planLimits: [Plan: Int] = perPlan) {
        self.maxAccounts = planLimits[plan] ?? 0
        self.currentAccounts = currentAccounts
        self.planLimits = planLimits
    }
}
