import Foundation

/// A user's own profile: reading it, and changing names and preferences.
public struct ProfileService: Sendable {
    let users: any UserStore
    let clock: @Sendable () -> Date

    public init(users: any UserStore, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.users = users
        self.clock = clock
    }

    public func profile(userId: String) async throws -> User? {
        try await users.user(id: userId)
    }

    public func update(userId: String, change: ProfileChange) async throws -> User? {
        let problems = change.problems
        if !problems.isEmpty { throw IdentityError.invalid(problems) }
        return try await users.updateProfile(userId: userId, change: change, at: clock())
    }
}
