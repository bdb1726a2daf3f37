import Foundation

/// Where payments live, and where the settlement of one changes its user's plan.
public protocol PaymentStore: Sendable {
    func insert(_ payment: Payment) async throws
    /// The user's payment of that id; nil for none or for another user's.
    func payment(id: String, userId: String) async throws -> Payment?
    func payments(userId: String, limit: Int, offset: Int) async throws -> PaymentPage
    func pending() async throws -> [Payment]
    /// Settles the pending payment of an invoice, exactly once: one conditional update
    /// `pending → completed` and the plan change in one transaction. `newExpiry` gets the
    /// user's plan and expiry as they are inside that transaction. Nil when there is no such
    /// pending payment (settled before, expired, or not ours).
    func complete(
        paymentHash: String, at: Date, newExpiry: @Sendable (_ plan: Plan, _ currentPlan: Plan, _ currentExpiry: Date?) -> Date?
    ) async throws -> Payment?
    /// `pending → expired`; false when it was no longer pending.
    func expire(id: String) async throws -> Bool
    /// Paid plans past their expiry fall back to free; how many did.
    func expirePlans(now: Date) async throws -> Int
    /// Settled payments per user, for many users at once.
    func totals(userIds: [String]) async throws -> [String: PaymentTotals]
    /// Settled payments of all users, and of those settled since `since`.
    func totals(since: Date) async throws -> (all: PaymentTotals, since: PaymentTotals)
    /// The last settle index of the node that was processed, to resume its stream after.
    func settleIndex() async throws -> UInt64
    /// Keeps `index` when it is beyond the one kept.
    func advanceSettleIndex(to index: UInt64) async throws
}
