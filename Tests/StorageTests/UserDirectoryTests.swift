import Domain
import Foundation
import Storage
import Testing

/// Admin pages of users on both stores.
@Suite("User directory")
struct UserDirectoryTests {
    @Test("pages newest first, filters by plan and status, counts the total, refuses bad ranges", arguments: Backend.available)
    func pages(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator(database: database).migrate()
            let store = SQLUserStore(database: database)
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            for index in 0..<5 {
                let user = User(
                    id: "u\(index)", email: "u\(index)@example.com", username: "user\(index)", plan: index.isMultiple(of: 2) ? .free : .pro,
                    createdAt: start.addingTimeInterval(Double(index)), status: index == 4 ? .inactive : .active
                )
                try await store.create(user, passwordHash: "x")
            }
            let directory = UserDirectory(users: store)
            let first = try await directory.page(limit: 2)
            #expect(first.users.map(\.id) == ["u4", "u3"])
            #expect(first.total == 5)
            #expect(try await directory.page(limit: 2, offset: 4).users.map(\.id) == ["u0"])
            #expect(try await directory.page(plan: .pro).users.map(\.id) == ["u3", "u1"])
            #expect(try await directory.page(plan: .free, status: .active).total == 2)
            #expect(try await directory.page(status: .inactive).users.first?.status == .inactive)
            await #expect(throws: IdentityError.invalid([FieldProblem(field: "limit", message: "must be from 1 to 200")])) {
                try await directory.page(limit: 0)
            }
        }
    }

    @Test("a profile change touches only what it names, and stamps updatedAt", arguments: Backend.available)
    func profileChange(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator(database: database).migrate()
            let store = SQLUserStore(database: database)
            let created = Date(timeIntervalSince1970: 1_800_000_000)
            try await store.create(User(id: "u1", email: "u1@example.com", username: "user1", firstName: "Ann", createdAt: created), passwordHash: "x")
            let profiles = ProfileService(users: store, clock: { created.addingTimeInterval(60) })
            let changed = try #require(try await profiles.update(userId: "u1", change: ProfileChange(lastName: "Lee", theme: .light, timezone: "Europe/Lisbon")))
            #expect(changed.firstName == "Ann")
            #expect(changed.lastName == "Lee")
            #expect(changed.preferences == Preferences(notifications: true, theme: .light, language: "en", timezone: "Europe/Lisbon"))
            #expect(changed.updatedAt == created.addingTimeInterval(60))
            #expect(try await store.user(id: "u1") == changed)
            #expect(try await profiles.update(userId: "nobody", change: ProfileChange(firstName: "X")) == nil)
            await #expect(throws: IdentityError.invalid([FieldProblem(field: "preferences.timezone", message: "must be an IANA time zone such as UTC or America/Sao_Paulo")])) {
                try await profiles.update(userId: "u1", change: ProfileChange(timezone: "Nowhere"))
            }
        }
    }
}
