/// Counts of users for the admin dashboard.
public struct UserStatistics: Sendable, Hashable {
    public var total: Int
    /// Accounts whose status is active (not deactivated by an admin).
    public var active: Int
    /// Accounts created since the start of the current UTC day.
    public var newToday: Int
    /// Every plan, zero included.
    public var byPlan: [Plan: Int]

    public init(total: Int, active: Int, newToday: Int, byPlan: [Plan: Int]) {
        self.total = total
        self.active = active
        self.newToday = newToday
        self.byPlan = byPlan
    }
}
