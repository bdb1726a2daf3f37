import Domain
import Foundation

/// Users in the `users` table.
public struct SQLUserStore: UserStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) {
        self.database = database
    }

    static let columns = "id, email, username, first_name, last_name, plan, plan_expires_at, is_admin, created_at, last_login_at, status, "
        + "notifications, theme, language, timezone, updated_at"

    public func create(_ user: User, passwordHash: String) async throws {
        do {
            try await database.query(
                "INSERT INTO users (\(Self.columns), password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    .text(user.id), .text(user.email), .text(user.username), user.firstName.map(SQLValue.text) ?? .null,
                    user.lastName.map(SQLValue.text) ?? .null, .text(user.plan.rawValue), SQLValue.date(user.planExpiresAt),
                    SQLValue.flag(user.isAdmin), SQLValue.date(user.createdAt), SQLValue.date(user.lastLoginAt), .text(user.status.rawValue),
                    SQLValue.flag(user.preferences.notifications), .text(user.preferences.theme.rawValue), .text(user.preferences.language),
                    .text(user.preferences.timezone), SQLValue.date(user.updatedAt), .text(passwordHash),
                ]
            )
        } catch let error as SQLError {
            // A unique constraint: say which, by looking (the wording differs between stores).
            if try await !database.query("SELECT id FROM users WHERE email = ?", [.text(user.email)]).isEmpty {
                throw IdentityError.taken(field: "email")
            }
            if try await !database.query("SELECT id FROM users WHERE username = ?", [.text(user.username)]).isEmpty {
                throw IdentityError.taken(field: "username")
            }
            throw error
        }
    }

    public func user(id: String) async throws -> User? {
        try await database.query("SELECT \(Self.columns) FROM users WHERE id = ?", [.text(id)]).first.flatMap(Self.user)
    }

    public func credentials(email: String) async throws -> (user: User, passwordHash: String)? {
        guard let row = try await database.query("SELECT \(Self.columns), password_hash FROM users WHERE email = ?", [.text(email)]).first,
              let user = Self.user(row), let hash = row["password_hash"].text else { return nil }
        return (user, hash)
    }

    public func recordLogin(userId: String, at date: Date) async throws {
        try await database.query("UPDATE users SET last_login_at = ? WHERE id = ?", [SQLValue.date(date), .text(userId)])
    }

    public func setStatus(userId: String, status: UserStatus) async throws -> User? {
        try await database.query(
            "UPDATE users SET status = ? WHERE id = ? RETURNING \(Self.columns)", [.text(status.rawValue), .text(userId)]
        ).first.flatMap(Self.user)
    }

    public func grantAdmin(userId: String) async throws {
        try await database.query("UPDATE users SET is_admin = 1 WHERE id = ?", [.text(userId)])
    }

    public func updateProfile(userId: String, change: ProfileChange, at date: Date) async throws -> User? {
        var assignments = ["updated_at = ?"]
        var binds: [SQLValue] = [SQLValue.date(date)]
        func set(_ column: String, _ value: SQLValue?) {
            guard let value else { return }
            assignments.append("\(column) = ?")
            binds.append(value)
        }
        set("first_name", change.firstName.map(SQLValue.text))
        set("last_name", change.lastName.map(SQLValue.text))
        set("notifications", change.notifications.map(SQLValue.flag))
        set("theme", change.theme.map { .text($0.rawValue) })
        set("language", change.language.map(SQLValue.text))
        set("timezone", change.timezone.map(SQLValue.text))
        let updated = try await database.query(
            "UPDATE users SET \(assignments.joined(separator: ", ")) WHERE id = ? RETURNING \(Self.columns)", binds + [.text(userId)]
        )
        return updated.first.flatMap(Self.user)
    }

    public func list(limit: Int, offset: Int, plan: Plan?, status: UserStatus?) async throws -> UserPage {
        var conditions: [String] = []
        var binds: [SQLValue] = []
        if let plan {
            conditions.append("plan = ?")
            binds.append(.text(plan.rawValue))
        }
        if let status {
            conditions.append("status = ?")
            binds.append(.text(status.rawValue))
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let total = try await database.query("SELECT COUNT(*) AS total FROM users\(filter)", binds).first?["total"].integer ?? 0
        let rows = try await database.query(
            "SELECT \(Self.columns) FROM users\(filter) ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
            binds + [.integer(Int64(limit)), .integer(Int64(offset))]
        )
        return UserPage(users: rows.compactMap(Self.user), total: Int(total), limit: limit, offset: offset)
    }

    public func statistics(createdSince date: Date) async throws -> UserStatistics {
        let rows = try await database.query(
            "SELECT plan, status, COUNT(*) AS users, SUM(CASE WHEN created_at >= ? THEN 1 ELSE 0 END) AS new_users FROM users GROUP BY plan, status",
            [SQLValue.date(date)]
        )
        var statistics = UserStatistics(total: 0, active: 0, newToday: 0, byPlan: Dictionary(uniqueKeysWithValues: Plan.allCases.map { ($0, 0) }))
        for row in rows {
            let count = Int(row["users"].integer ?? 0)
            statistics.total += count
            statistics.newToday += Int(row["new_users"].integer ?? 0)
            if row["status"].text == UserStatus.active.rawValue { statistics.active += count }
            if let plan = row["plan"].text.flatMap(Plan.init(rawValue:)) { statistics.byPlan[plan, default: 0] += count }
        }
        return statistics
    }

    static func user(_ row: SQLRow) -> User? {
        guard let id = row["id"].text, let email = row["email"].text, let username = row["username"].text,
              let plan = row["plan"].text.flatMap(Plan.init(rawValue:)), let createdAt = row["created_at"].real else { return nil }
        return User(
            id: id, email: email, username: username, firstName: row["first_name"].text, lastName: row["last_name"].text, plan: plan,
            planExpiresAt: row["plan_expires_at"].real.map(Date.init(timeIntervalSince1970:)), isAdmin: row["is_admin"].integer == 1,
            createdAt: Date(timeIntervalSince1970: createdAt), lastLoginAt: row["last_login_at"].real.map(Date.init(timeIntervalSince1970:)),
            status: row["status"].text.flatMap(UserStatus.init(rawValue:)) ?? .active,
            preferences: Preferences(
                notifications: row["notifications"].integer != 0, theme: row["theme"].text.flatMap(Preferences.Theme.init(rawValue:)) ?? .dark,
                language: row["language"].text ?? "en", timezone: row["timezone"].text ?? "UTC"
            ),
            updatedAt: row["updated_at"].real.map(Date.init(timeIntervalSince1970:))
        )
    }
}
