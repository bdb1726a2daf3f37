/// Why an identity operation was refused; the gateway maps each to the seed's error codes.
public enum IdentityError: Error, Sendable, Hashable {
    /// Bad input, one problem per field (`VALIDATION_ERROR` with `details`).
    case invalid([FieldProblem])
    /// The email or username is taken (`CONFLICT`).
    case taken(field: String)
    /// Wrong email or password; deliberately not saying which (`AUTHENTICATION_FAILED`).
    case wrongCredentials
    /// A refresh token that is unknown, expired, revoked or already used (`AUTHENTICATION_FAILED`).
    case invalidRefreshToken
    /// The account was deactivated by an admin (`PERMISSION_DENIED`).
    case deactivated
    /// No user has that id (`RESOURCE_NOT_FOUND`).
    case unknownUser
}

/// One field's problem, as the error envelope's `details` lists it.
public struct FieldProblem: Sendable, Hashable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
