import Foundation

/// Where users live.
public protocol UserStore: Sendable {
    /// Stores a new user; `IdentityError.taken` when the email or username is in use.
    func create(_ user: User, passwordHash: String) async throws
    func user(id: String) async throws -> User?
    /// The user with this (normalized) email and their password hash.
    func credentials(email: String) async throws -> (user: User, passwordHash: String)?
    func recordLogin(userId: String, at: Date) async throws
    /// Gives an existing user the admin role.
    func grantAdmin(userId: String) async throws
    /// Sets an account's status; the user as it now is, or nil when there is no such user.
    func setStatus(userId: String, status: UserStatus) async throws -> User?
    /// Applies a checked change; the user as it now is, or nil when there is no such user.
    func updateProfile(userId: String, change: ProfileChange, at: Date) async throws -> User?
    /// Users newest first, filtered by plan and status, with the total that matched.
    func list(limit: Int, offset: Int, plan: Plan?, status: UserStatus?) async throws -> UserPage
    /// Counts of all users, with those created since `date` as new.
    func statistics(createdSince date: Date) async throws -> UserStatistics
}

/// Refresh tokens, kept only as hashes. Each belongs to a family: the chain of rotations from
/// one login, revoked together when a used token comes back (it was stolen).
public protocol RefreshTokenStore: Sendable {
    func insert(hash: String, userId: String, familyId: String, expiresAt: Date) async throws
    /// Spends a live token, atomically: two requests with one token cannot both succeed.
    func consume(hash: String, now: Date) async throws -> RefreshTokenUse
    func revokeFamily(_ familyId: String, at: Date) async throws
}

/// What presenting a refresh token found.
public enum RefreshTokenUse: Sendable, Hashable {
    /// It was live and is now spent: issue the next one in its family.
    case spent(userId: String, familyId: String)
    /// It had been spent or revoked already: someone replays it.
    case replayed(familyId: String)
    /// Unknown or expired.
    case invalid
}

/// Signs access tokens (the gateway's JWTs).
public protocol AccessTokenIssuer: Sendable {
    func accessToken(for user: User) async throws -> (token: String, expiresIn: Int)
}
