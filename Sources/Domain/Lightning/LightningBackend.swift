import Foundation

/// A Lightning node Axisor receives payments with: LND over its REST API, or the embedded fake
/// node. Failures to reach it are `LightningError.unavailable`.
public protocol LightningBackend: Sendable {
    func info() async throws -> NodeInfo
    func balance() async throws -> WalletBalance
    func createInvoice(_ request: InvoiceRequest) async throws -> Invoice
    /// Invoices oldest first, from `offset` (an add index), at most `limit`.
    func invoices(pendingOnly: Bool, offset: Int, limit: Int) async throws -> InvoicePage
    /// The invoice of a payment hash (hex), or nil when the node has none.
    func invoice(paymentHash: String) async throws -> Invoice?
    /// Invoice updates as they happen, settlements after `settleIndex` first (those that
    /// happened while nobody listened). Ends with an error when the connection breaks.
    func invoiceUpdates(afterSettleIndex settleIndex: UInt64) -> AsyncThrowingStream<Invoice, any Error>
}

/// The node cannot be reached or refused: clients see 503 `SERVICE_UNAVAILABLE`.
public struct LightningError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "Lightning node unavailable: \(message)" }
}
