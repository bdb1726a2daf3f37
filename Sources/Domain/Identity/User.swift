import Foundation

/// A trader (or an admin) of Axisor.
public struct User: Sendable, Hashable, Identifiable {
    public var id: String
    public var email: String
    public var username: String
    public var firstName: String?
    public var lastName: String?
    public var plan: Plan
    public var planExpiresAt: Date?
    public var isAdmin: Bool
    public var createdAt: Date
    public var lastLoginAt: Date?
    public var status: UserStatus
    public var preferences: Preferences
    /// When the profile last changed (the creation time until then).
    public var updatedAt: Date

    public init(
        id: String, email: String, username: String, firstName: String? = nil, lastName: String? = nil, plan: Plan = .free,
        planExpiresAt: Date? = nil, isAdmin: Bool = false, createdAt: Date, lastLoginAt: Date? = nil, status: UserStatus = .active,
        preferences: Preferences = Preferences(), updatedAt: Date? = nil
    ) {
        self.id = id
        self.email = email
        self.username = username
        self.firstName = firstName
        self.lastName = lastName
        self.plan = plan
        self.planExpiresAt = planExpiresAt
        self.isAdmin = isAdmin
        self.createdAt = createdAt
        self.lastLoginAt = lastLoginAt
        self.status = status
        self.preferences = preferences
        self.updatedAt = updatedAt ?? createdAt
    }
}

/// The subscription plans, as the wire writes them.
public enum Plan: String, Sendable, Hashable, CaseIterable {
    case free, basic, advanced, pro, lifetime
}

/// Whether an account may be used; admins deactivate accounts, nothing is deleted.
public enum UserStatus: String, Sendable, Hashable, CaseIterable {
    case active, inactive
}

/// A page of users for admins, with the total that matched.
public struct UserPage: Sendable, Hashable {
    public var users: [User]
    public var total: Int
    public var limit: Int
    public var offset: Int

    public init(users: [User], total: Int, limit: Int, offset: Int) {
        self.users = users
        self.total = total
        self.limit = limit
        self.offset = offset
    }
}
