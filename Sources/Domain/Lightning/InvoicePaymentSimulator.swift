/// Pays invoices of an embedded node as a payer would: only the fake node has one, so only
/// with it does `simulateInvoicePayment` exist.
public protocol InvoicePaymentSimulator: Sendable {
    /// True when this call settled the invoice; false when it was settled already.
    func simulatePayment(paymentRequest: String) async throws -> Bool
}

/// Why a simulated payment was refused.
public enum InvoiceSimulationError: Error, Sendable, Hashable {
    /// The node has no invoice with that payment request (`RESOURCE_NOT_FOUND`).
    case unknownInvoice
    /// Expired or canceled (`VALIDATION_ERROR`).
    case notPayable
}
