import Foundation

/// A Lightning payment for a plan: an invoice of the node, and what became of it.
public struct Payment: Sendable, Hashable, Identifiable {
    public var id: String
    public var userId: String
    public var plan: Plan
    /// Sats.
    public var amount: Int64
    public var status: PaymentStatus
    /// The BOLT11 invoice to pay.
    public var paymentRequest: String
    /// Hex; how the node names the invoice.
    public var paymentHash: String
    public var expiresAt: Date
    public var createdAt: Date
    public var completedAt: Date?

    public init(
        id: String, userId: String, plan: Plan, amount: Int64, status: PaymentStatus = .pending, paymentRequest: String, paymentHash: String,
        expiresAt: Date, createdAt: Date, completedAt: Date? = nil
    ) {
        self.id = id
        self.userId = userId
        self.plan = plan
        self.amount = amount
        self.status = status
        self.paymentRequest = paymentRequest
        self.paymentHash = paymentHash
        self.expiresAt = expiresAt
        self.createdAt = createdAt
        self.completedAt = completedAt
    }
}

/// `pending` until the invoice is paid (`completed`) or runs out unpaid (`expired`).
public enum PaymentStatus: String, Sendable, Hashable, CaseIterable {
    case pending, completed, expired
}

/// A page of a user's payments, newest first.
public struct PaymentPage: Sendable, Hashable {
    public var payments: [Payment]
    public var total: Int
    public var limit: Int
    public var offset: Int

    public init(payments: [Payment], total: Int, limit: Int, offset: Int) {
        self.payments = payments
        self.total = total
        self.limit = limit
        self.offset = offset
    }
}

/// Settled payments: how many, and their sum in sats.
public struct PaymentTotals: Sendable, Hashable {
    public var count: Int
    public var volume: Int64

    public init(count: Int = 0, volume: Int64 = 0) {
        self.count = count
        self.volume = volume
    }
}
