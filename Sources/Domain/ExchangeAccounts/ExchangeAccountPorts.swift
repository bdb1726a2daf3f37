import Foundation

/// Where exchange accounts and their sealed credentials live. Every call that names an account
/// also names its owner, so no path reads or changes another user's account.
public protocol ExchangeAccountStore: Sendable {
    /// Stores a new account unless its owner already keeps `limit` accounts, atomically: two
    /// concurrent creations cannot both take the last place. `ExchangeAccountError.limitReached`
    /// or `.nameTaken` when refused.
    func create(_ account: ExchangeAccount, sealed: SealedCredentials, limit: Int, plan: Plan) async throws
    /// The user's accounts, oldest first.
    func accounts(userId: String) async throws -> [ExchangeAccount]
    /// The accounts of many users at once (one query), oldest first per user.
    func accounts(userIds: [String]) async throws -> [String: [ExchangeAccount]]
    func sealedCredentials(accountId: String, userId: String) async throws -> SealedCredentials?
    /// Applies a change; the account as it now is, or nil when the user has no such account.
    func update(id: String, userId: String, change: ExchangeAccountChange, at: Date) async throws -> ExchangeAccount?
    /// Whether the user had such an account (it is gone now).
    func delete(id: String, userId: String) async throws -> Bool
}

/// A change to an account; what is nil stays as it is.
public struct ExchangeAccountChange: Sendable {
    public var name: String?
    public var isActive: Bool?
    public var isTestnet: Bool?
    /// New credentials, sealed, with what they hold (the only part a response may show).
    public var credentials: (sealed: SealedCredentials, presence: CredentialPresence)?

    public init(
        name: String? = nil, isActive: Bool? = nil, isTestnet: Bool? = nil,
        credentials: (sealed: SealedCredentials, presence: CredentialPresence)? = nil
    ) {
        self.name = name
        self.isActive = isActive
        self.isTestnet = isTestnet
        self.credentials = credentials
    }
}
