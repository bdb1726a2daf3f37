/// Why an exchange-account operation was refused; the gateway maps each to the seed's codes.
public enum ExchangeAccountError: Error, Sendable, Hashable {
    /// Bad input, one problem per field (`VALIDATION_ERROR` with `details`).
    case invalid([FieldProblem])
    /// The user already keeps as many accounts as their plan allows (`PERMISSION_DENIED`).
    case limitReached(plan: Plan, maxAccounts: Int)
    /// The user already has an account of that name (`CONFLICT`).
    case nameTaken
    /// No account of that id belongs to the user (`RESOURCE_NOT_FOUND`), whether it does not
    /// exist or is someone else's: the answer does not tell which.
    case notFound
}
