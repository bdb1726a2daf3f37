import Foundation

/// What a new invoice asks for.
public struct InvoiceRequest: Sendable, Hashable {
    /// Sats.
    public var value: Int64
    public var memo: String
    /// Seconds it may be paid in.
    public var expiry: Int

    public init(value: Int64, memo: String, expiry: Int) {
        self.value = value
        self.memo = memo
        self.expiry = expiry
    }
}

/// An invoice as the node keeps it.
public struct Invoice: Sendable, Hashable {
    public enum State: String, Sendable, Hashable {
        case open = "OPEN", settled = "SETTLED", canceled = "CANCELED", accepted = "ACCEPTED"
    }

    /// The BOLT11 string.
    public var paymentRequest: String
    /// Hex of the SHA-256 of the preimage.
    public var paymentHash: String
    /// Hex of the payment secret.
    public var paymentAddress: String
    public var value: Int64
    public var memo: String
    public var creationDate: Date
    public var expiry: Int
    public var state: State
    public var amountPaid: Int64
    public var addIndex: UInt64
    /// Set once settled: the order of settlements, to resume following them.
    public var settleIndex: UInt64
    public var settledAt: Date?

    public init(
        paymentRequest: String, paymentHash: String, paymentAddress: String, value: Int64, memo: String, creationDate: Date, expiry: Int,
        state: State, amountPaid: Int64 = 0, addIndex: UInt64, settleIndex: UInt64 = 0, settledAt: Date? = nil
    ) {
        self.paymentRequest = paymentRequest
        self.paymentHash = paymentHash
        self.paymentAddress = paymentAddress
        self.value = value
        self.memo = memo
        self.creationDate = creationDate
        self.expiry = expiry
        self.state = state
        self.amountPaid = amountPaid
        self.addIndex = addIndex
        self.settleIndex = settleIndex
        self.settledAt = settledAt
    }

    public var isSettled: Bool { state == .settled }
    public var expiresAt: Date { creationDate.addingTimeInterval(TimeInterval(expiry)) }
}

/// A page of invoices, how many match in all, and the add index the next page starts after.
public struct InvoicePage: Sendable, Hashable {
    public var invoices: [Invoice]
    public var total: Int
    public var lastIndexOffset: UInt64

    public init(invoices: [Invoice], total: Int, lastIndexOffset: UInt64) {
        self.invoices = invoices
        self.total = total
        self.lastIndexOffset = lastIndexOffset
    }
}
