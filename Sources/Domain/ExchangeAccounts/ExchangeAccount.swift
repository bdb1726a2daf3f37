import Foundation

/// A user's account on an exchange: the credentials Axisor trades with on their behalf. The
/// credentials themselves never leave the store sealed; an account only says which it holds.
public struct ExchangeAccount: Sendable, Hashable, Identifiable {
    public var id: String
    public var userId: String
    public var exchange: Exchange
    public var name: String
    /// Whether automation may use it; a deactivated account is kept but left alone.
    public var isActive: Bool
    public var isTestnet: Bool
    public var credentials: CredentialPresence
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String, userId: String, exchange: Exchange, name: String, isActive: Bool = true, isTestnet: Bool,
        credentials: CredentialPresence, createdAt: Date, updatedAt: Date? = nil
    ) {
        self.id = id
        self.userId = userId
        self.exchange = exchange
        self.name = name
        self.isActive = isActive
        self.isTestnet = isTestnet
        self.credentials = credentials
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }
}

/// The exchanges Axisor trades on, as the wire writes them.
public enum Exchange: String, Sendable, Hashable, CaseIterable {
    case lnmarkets
}

/// Which credentials an account holds, and when they were last tried against the exchange:
/// all a response may ever say about them.
public struct CredentialPresence: Sendable, Hashable {
    public var hasApiKey: Bool
    public var hasSecret: Bool
    public var hasPassphrase: Bool
    /// When a call to the exchange last succeeded with them; nil until one has.
    public var lastTestedAt: Date?

    public init(hasApiKey: Bool, hasSecret: Bool, hasPassphrase: Bool, lastTestedAt: Date? = nil) {
        self.hasApiKey = hasApiKey
        self.hasSecret = hasSecret
        self.hasPassphrase = hasPassphrase
        self.lastTestedAt = lastTestedAt
    }
}
