/// Why a payment operation was refused; the gateway maps each to the seed's codes.
public enum PaymentError: Error, Sendable, Hashable {
    /// Bad input, one problem per field (`VALIDATION_ERROR` with `details`).
    case invalid([FieldProblem])
    /// No payment of that id belongs to the user (`RESOURCE_NOT_FOUND`).
    case notFound
}
