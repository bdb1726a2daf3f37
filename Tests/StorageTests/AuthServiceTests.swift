import Domain
import Foundation
import Storage
import Synchronization
import Testing

/// Registration, login, refresh and logout on the real stores, both of them.
@Suite("Auth service")
struct AuthServiceTests {
    /// Signs "access tokens" that name their user, so tests can see who a session is for.
    struct NamingIssuer: AccessTokenIssuer {
        func accessToken(for user: User) async throws -> (token: String, expiresIn: Int) {
            ("access-for-\(user.id)", 3_600)
        }
    }

    final class Clock: Sendable {
        let now = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        func advance(_ seconds: TimeInterval) { now.withLock { $0 += seconds } }
    }

    private func withService(_ backend: Backend, _ body: (AuthService, Clock) async throws -> Void) async throws {
        try await backend.withDatabase { database in
            try await Migrator(database: database).migrate()
            let clock = Clock()
            let service = AuthService(
                users: SQLUserStore(database: database), refreshTokens: SQLRefreshTokenStore(database: database), issuer: NamingIssuer(),
                hasher: PasswordHasher(rounds: 1_000), refreshLifetime: 3_600, clock: { clock.now.withLock { $0 } }
            )
            try await body(service, clock)
        }
    }

    static let password = "Correct-horse-9"

    @Test("register opens a session; the email is stored normalized; login finds the user", arguments: Backend.available)
    func registerAndLogin(backend: Backend) async throws {
        try await withService(backend) { service, _ in
            let session = try await service.register(email: " Trader@Example.COM ", username: "trader_1", password: Self.password)
            #expect(session.user.email == "trader@example.com")
            #expect(session.user.plan == .free)
            #expect(session.accessToken == "access-for-\(session.user.id)")
            #expect(session.expiresIn == 3_600)
            #expect(session.refreshToken.count >= 43)
            let login = try await service.login(email: "TRADER@example.com", password: Self.password)
            #expect(login.user.id == session.user.id)
            #expect(login.user.lastLoginAt != nil)
            #expect(login.refreshToken != session.refreshToken)
        }
    }

    @Test("bad input is refused with every problem; taken emails and usernames are conflicts", arguments: Backend.available)
    func refusals(backend: Backend) async throws {
        try await withService(backend) { service, _ in
            await #expect(throws: IdentityError.invalid([
                FieldProblem(field: "email", message: "must be an email address such as trader@example.com"),
                FieldProblem(field: "username", message: "must be 3 to 32 letters, digits, '_', '-' or '.'"),
                FieldProblem(field: "password", message: "must be at least 10 characters"),
            ])) {
                try await service.register(email: "not-an-email", username: "x", password: "short")
            }
            await #expect(throws: IdentityError.invalid([
                FieldProblem(field: "password", message: "must mix at least three of: lower case, upper case, digits, symbols"),
            ])) {
                try await service.register(email: "a@b.co", username: "abc", password: "alllowercaseletters")
            }
            _ = try await service.register(email: "one@example.com", username: "one", password: Self.password)
            await #expect(throws: IdentityError.taken(field: "email")) {
                try await service.register(email: "ONE@example.com", username: "other", password: Self.password)
            }
            await #expect(throws: IdentityError.taken(field: "username")) {
                try await service.register(email: "two@example.com", username: "one", password: Self.password)
            }
        }
    }

    @Test("SQL-injection strings are only data: stored and matched verbatim", arguments: Backend.available)
    func injection(backend: Backend) async throws {
        try await withService(backend) { service, _ in
            let email = "x'or'1'='1@example.com"
            let password = "Robert'); DROP TABLE users;--9"
            let session = try await service.register(email: email, username: "bobby.tables", password: password)
            #expect(session.user.email == email)
            #expect(try await service.login(email: email, password: password).user.id == session.user.id)
            await #expect(throws: IdentityError.wrongCredentials) {
                try await service.login(email: "' OR 1=1 --@example.com", password: password)
            }
        }
    }

    @Test("a wrong password and an unknown email fail alike", arguments: Backend.available)
    func wrongCredentials(backend: Backend) async throws {
        try await withService(backend) { service, _ in
            _ = try await service.register(email: "me@example.com", username: "me_me", password: Self.password)
            await #expect(throws: IdentityError.wrongCredentials) { try await service.login(email: "me@example.com", password: "Wrong-horse-9") }
            await #expect(throws: IdentityError.wrongCredentials) { try await service.login(email: "nobody@example.com", password: Self.password) }
        }
    }

    @Test("refresh rotates; a replayed token revokes its whole family; other sessions live on", arguments: Backend.available)
    func rotation(backend: Backend) async throws {
        try await withService(backend) { service, _ in
            let first = try await service.register(email: "r@example.com", username: "rotator", password: Self.password)
            let other = try await service.login(email: "r@example.com", password: Self.password)
            let second = try await service.refresh(first.refreshToken)
            #expect(second.refreshToken != first.refreshToken)
            #expect(second.user.id == first.user.id)
            // The first token comes back: stolen. Its family (second included) dies.
            await #expect(throws: IdentityError.invalidRefreshToken) { try await service.refresh(first.refreshToken) }
            await #expect(throws: IdentityError.invalidRefreshToken) { try await service.refresh(second.refreshToken) }
            // The other login is another family.
            _ = try await service.refresh(other.refreshToken)
        }
    }

    @Test("concurrent refreshes with one token: exactly one succeeds", arguments: Backend.available)
    func concurrentRefresh(backend: Backend) async throws {
        try await withService(backend) { service, _ in
            let session = try await service.register(email: "c@example.com", username: "concurrent", password: Self.password)
            let successes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<8 {
                    group.addTask { (try? await service.refresh(session.refreshToken)) != nil }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(successes == 1)
        }
    }

    @Test("expired and unknown refresh tokens are refused; logout ends the session, twice is fine", arguments: Backend.available)
    func expiryAndLogout(backend: Backend) async throws {
        try await withService(backend) { service, clock in
            let session = try await service.register(email: "e@example.com", username: "expiring", password: Self.password)
            await #expect(throws: IdentityError.invalidRefreshToken) { try await service.refresh("made-up-token") }
            let next = try await service.refresh(session.refreshToken)
            try await service.logout(next.refreshToken)
            try await service.logout(next.refreshToken)
            await #expect(throws: IdentityError.invalidRefreshToken) { try await service.refresh(next.refreshToken) }
            let late = try await service.login(email: "e@example.com", password: Self.password)
            clock.advance(3_601)
            await #expect(throws: IdentityError.invalidRefreshToken) { try await service.refresh(late.refreshToken) }
        }
    }

    @Test("ensureAdmin creates the admin once, promotes an existing user, and refuses a weak password", arguments: Backend.available)
    func adminBootstrap(backend: Backend) async throws {
        try await withService(backend) { service, _ in
            let admin = try await service.ensureAdmin(email: "Root@Example.com", password: Self.password)
            #expect(admin.isAdmin)
            #expect(admin.email == "root@example.com")
            #expect(admin.username == "root")
            let again = try await service.ensureAdmin(email: "root@example.com", password: "Another-horse-7")
            #expect(again.id == admin.id)
            // The password stays what it was.
            #expect(try await service.login(email: "root@example.com", password: Self.password).user.isAdmin)
            let trader = try await service.register(email: "t@example.com", username: "trader", password: Self.password)
            #expect(!trader.user.isAdmin)
            #expect(try await service.ensureAdmin(email: "t@example.com", password: Self.password).isAdmin)
            #expect(try await service.login(email: "t@example.com", password: Self.password).user.isAdmin)
            await #expect(throws: IdentityError.invalid([FieldProblem(field: "password", message: "must be at least 10 characters")])) {
                try await service.ensureAdmin(email: "new@example.com", password: "weak")
            }
        }
    }

    @Test("a deactivated account can neither log in nor refresh; reactivated, it logs in again", arguments: Backend.available)
    func deactivation(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator(database: database).migrate()
            let users = SQLUserStore(database: database)
            let service = AuthService(
                users: users, refreshTokens: SQLRefreshTokenStore(database: database), issuer: NamingIssuer(), hasher: PasswordHasher(rounds: 1_000)
            )
            let directory = UserDirectory(users: users)
            let session = try await service.register(email: "d@example.com", username: "deactivated", password: Self.password)
            #expect(try await directory.setStatus(userId: session.user.id, status: .inactive).status == .inactive)
            await #expect(throws: IdentityError.deactivated) { try await service.login(email: "d@example.com", password: Self.password) }
            // A wrong password still says only that.
            await #expect(throws: IdentityError.wrongCredentials) { try await service.login(email: "d@example.com", password: "Wrong-horse-9") }
            await #expect(throws: IdentityError.deactivated) { try await service.refresh(session.refreshToken) }
            _ = try await directory.setStatus(userId: session.user.id, status: .active)
            _ = try await service.login(email: "d@example.com", password: Self.password)
            await #expect(throws: IdentityError.unknownUser) { try await directory.setStatus(userId: "nobody", status: .active) }
        }
    }
}
