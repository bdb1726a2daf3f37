/// The admin's view of users: pages of them, filtered, newest first.
public struct UserDirectory: Sendable {
    let users: any UserStore

    public static let maxPageSize = 200

    public init(users: any UserStore) {
        self.users = users
    }

    public func page(limit: Int = 50, offset: Int = 0, plan: Plan? = nil, status: UserStatus? = nil) async throws -> UserPage {
        var problems: [FieldProblem] = []
        if !(1...Self.maxPageSize).contains(limit) {
            problems.append(FieldProblem(field: "limit", message: "must be from 1 to \(Self.maxPageSize)"))
        }
        if offset < 0 { problems.append(FieldProblem(field: "offset", message: "must be 0 or more")) }
        if !problems.isEmpty { throw IdentityError.invalid(problems) }
        return try await users.list(limit: limit, offset: offset, plan: plan, status: status)
    }

    /// Activates or deactivates an account. A deactivated account can neither log in nor
    /// refresh its sessions (access tokens already issued live out their hour).
    public func setStatus(userId: String, status: UserStatus) async throws -> User {
        guard let user = try await users.setStatus(userId: userId, status: status) else { throw IdentityError.unknownUser }
        return user
    }
}
