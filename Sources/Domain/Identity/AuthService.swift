import Crypto
import Foundation

/// Registration, login, refresh and logout, as DESIGN.md decides: opaque refresh tokens stored
/// hashed and rotated on every use; a replayed one revokes its whole family.
public struct AuthService: Sendable {
    let users: any UserStore
    let refreshTokens: any RefreshTokenStore
    let issuer: any AccessTokenIssuer
    let hasher: PasswordHasher
    let refreshLifetime: TimeInterval
    let clock: @Sendable () -> Date

    public init(
        users: any UserStore, refreshTokens: any RefreshTokenStore, issuer: any AccessTokenIssuer,
        hasher: PasswordHasher = PasswordHasher(), refreshLifetime: TimeInterval = 30 * 86_400,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.users = users
        self.refreshTokens = refreshTokens
        self.issuer = issuer
        self.hasher = hasher
        self.refreshLifetime = refreshLifetime
        self.clock = clock
    }

    /// What a successful register, login or refresh answers.
    public struct Session: Sendable, Hashable {
        public var user: User
        public var accessToken: String
        public var refreshToken: String
        public var expiresIn: Int
    }

    public func register(email: String, username: String, password: String) async throws -> Session {
        let user = try await createAccount(email: email, username: username, password: password)
        return try await openSession(for: user, family: RandomToken.make(byteCount: 12))
    }

    /// A new account (free plan), checked by the signup rules; no session is opened. What
    /// registration, the admin bootstrap and `axisor users create` share.
    public func createAccount(email: String, username: String, password: String, isAdmin: Bool = false) async throws -> User {
        let email = Self.normalized(email)
        let problems = SignupRules.problems(email: email, username: username, password: password)
        if !problems.isEmpty { throw IdentityError.invalid(problems) }
        let user = User(id: "user_" + RandomToken.make(byteCount: 12), email: email, username: username, isAdmin: isAdmin, createdAt: clock())
        try await users.create(user, passwordHash: try await hasher.hash(password))
        return user
    }

    /// Makes sure an admin with this email exists: creates it (username from the email), or
    /// gives an existing user of that email the admin role. The password must pass the same
    /// rules as anyone's; an existing user's password is left as it is.
    @discardableResult
    public func ensureAdmin(email: String, password: String) async throws -> User {
        if var existing = try await users.credentials(email: Self.normalized(email))?.user {
            if !existing.isAdmin { try await users.grantAdmin(userId: existing.id) }
            existing.isAdmin = true
            return existing
        }
        let local = Self.normalized(email).split(separator: "@").first.map(String.init) ?? ""
        let username = String(local.filter { $0.isLetter || $0.isNumber || "_-.".contains($0) }.prefix(32))
        return try await createAccount(email: email, username: username.count >= 3 ? username : "admin", password: password, isAdmin: true)
    }

    public func login(email: String, password: String) async throws -> Session {
        guard let found = try await users.credentials(email: Self.normalized(email)) else {
            // The same work as a real check, so timing does not tell which emails exist.
            _ = await hasher.verify(password, against: Self.decoyHash)
            throw IdentityError.wrongCredentials
        }
        guard await hasher.verify(password, against: found.passwordHash) else { throw IdentityError.wrongCredentials }
        // Only after the password: a deactivated account is not revealed to someone guessing.
        guard found.user.status == .active else { throw IdentityError.deactivated }
        let now = clock()
        try await users.recordLogin(userId: found.user.id, at: now)
        var user = found.user
        user.lastLoginAt = now
        return try await openSession(for: user, family: RandomToken.make(byteCount: 12))
    }

    public func refresh(_ refreshToken: String) async throws -> Session {
        let now = clock()
        switch try await refreshTokens.consume(hash: Self.hash(refreshToken), now: now) {
        case .spent(let userId, let familyId):
            guard let user = try await users.user(id: userId) else { throw IdentityError.invalidRefreshToken }
            guard user.status == .active else {
                try await refreshTokens.revokeFamily(familyId, at: now)
                throw IdentityError.deactivated
            }
            return try await openSession(for: user, family: familyId)
        case .replayed(let familyId):
            try await refreshTokens.revokeFamily(familyId, at: now)
            throw IdentityError.invalidRefreshToken
        case .invalid:
            throw IdentityError.invalidRefreshToken
        }
    }

    /// Ends the session the token belongs to: its whole family. Unknown tokens are ignored, so
    /// logging out twice is fine.
    public func logout(_ refreshToken: String) async throws {
        let now = clock()
        switch try await refreshTokens.consume(hash: Self.hash(refreshToken), now: now) {
        case .spent(_, let familyId), .replayed(let familyId):
            try await refreshTokens.revokeFamily(familyId, at: now)
        case .invalid:
            break
        }
    }

    private func openSession(for user: User, family: String) async throws -> Session {
        let refreshToken = RandomToken.make(byteCount: 32)
        try await refreshTokens.insert(hash: Self.hash(refreshToken), userId: user.id, familyId: family, expiresAt: clock().addingTimeInterval(refreshLifetime))
        let access = try await issuer.accessToken(for: user)
        return Session(user: user, accessToken: access.token, refreshToken: refreshToken, expiresIn: access.expiresIn)
    }

    static func normalized(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Hex SHA-256: what the store keeps of a refresh token.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// URL-safe base64 of random bytes.
    /// A valid hash of no one's password, for unknown emails.
    static let decoyHash = "pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
}
