import Domain
import Foundation

/// The users of a store, with the one user every request reads kept in memory: in process,
/// the requests then cost their own code and nothing of the database's.
struct StoredUser: UserStore {
    let store: any UserStore
    let user: User

    func user(id: String) async throws -> User? { id == user.id ? user : try await store.user(id: id) }

    func create(_ user: User, passwordHash: String) async throws { try await store.create(user, passwordHash: passwordHash) }
    func credentials(email: String) async throws -> (user: User, passwordHash: String)? { try await store.credentials(email: email) }
    func recordLogin(userId: String, at date: Date) async throws { try await store.recordLogin(userId: userId, at: date) }
    func grantAdmin(userId: String) async throws { try await store.grantAdmin(userId: userId) }
    func setStatus(userId: String, status: UserStatus) async throws -> User? { try await store.setStatus(userId: userId, status: status) }
    func updateProfile(userId: String, change: ProfileChange, at date: Date) async throws -> User? {
        try await store.updateProfile(userId: userId, change: change, at: date)
    }
    func list(limit: Int, offset: Int, plan: Plan?, status: UserStatus?) async throws -> UserPage {
        try await store.list(limit: limit, offset: offset, plan: plan, status: status)
    }
    func statistics(createdSince date: Date) async throws -> UserStatistics { try await store.statistics(createdSince: date) }
}
