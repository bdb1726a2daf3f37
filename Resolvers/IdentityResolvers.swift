import Domain
import Foundation
import GraphQLEngine

/// Users and sessions: `me`, and the register/login/refresh/logout mutations.
enum IdentityResolvers {
    static func register(in graph: inout ResolverGraph, auth: AuthService, users: any UserStore) {
        let profiles = ProfileService(users: users)
        graph.root("Query") { query in
            query.field("me") { _, _, context -> User? in
                guard let viewer = context.viewer as? Viewer else { return nil }
                return try await users.user(id: viewer.userId)
            }
        }
        graph.root("Mutation") { mutation in
            mutation.field("register") { _, arguments, _ in
                try await DomainFailure.exposing {
                    try await auth.register(
                        email: arguments["email"]?.string ?? "", username: arguments["username"]?.string ?? "",
                        password: arguments["password"]?.string ?? ""
                    )
                }
            }
            mutation.field("login") { _, arguments, _ in
                try await DomainFailure.exposing { try await auth.login(email: arguments["email"]?.string ?? "", password: arguments["password"]?.string ?? "") }
            }
            mutation.field("refreshSession") { _, arguments, _ in
                try await DomainFailure.exposing { try await auth.refresh(arguments["refreshToken"]?.string ?? "") }
            }
            mutation.field("updateProfile") { _, arguments, context -> User in
                let userId = try context.signedInUserId()
                let preferences = arguments["preferences"]?.object ?? [:]
                let change = ProfileChange(
                    firstName: arguments["firstName"]?.string, lastName: arguments["lastName"]?.string,
                    notifications: preferences["notifications"]?.boolean,
                    theme: preferences["theme"]?.string.flatMap(Preferences.Theme.init(rawValue:)),
                    language: preferences["language"]?.string, timezone: preferences["timezone"]?.string
                )
                guard let user = try await DomainFailure.exposing({ try await profiles.update(userId: userId, change: change) }) else {
                    throw DomainFailure(.wrongCredentials)
                }
                return user
            }
            mutation.field("logout") { _, arguments, _ in
                try await DomainFailure.exposing { try await auth.logout(arguments["refreshToken"]?.string ?? "") }
                return true
            }
        }
        graph.object("AuthSession", AuthService.Session.self) { session in
            session.field("user", \.user)
            session.field("accessToken", \.accessToken)
            session.field("refreshToken", \.refreshToken)
            session.field("expiresIn", \.expiresIn)
        }
        graph.object("User", User.self) { user in
            user.field("id", \.id)
            user.field("email", \.email)
            user.field("username", \.username)
            user.field("firstName", \.firstName)
            user.field("lastName", \.lastName)
            user.field("plan", \.plan) { $0.rawValue }
            user.field("planExpiresAt", \.planExpiresAt) { $0.wireDate }
            user.field("createdAt", \.createdAt) { $0.wireDate }
            user.field("lastLoginAt", \.lastLoginAt) { $0.wireDate }
            user.field("status", \.status) { $0.rawValue }
            user.field("preferences", \.preferences)
            user.field("stats", withoutParent: { TradingStats() })
            user.field("updatedAt", \.updatedAt) { $0.wireDate }
        }
        graph.object("UserPreferences", Preferences.self) { preferences in
            preferences.field("notifications", \.notifications)
            preferences.field("theme", \.theme) { $0.rawValue }
            preferences.field("language", \.language)
            preferences.field("timezone", \.timezone)
        }
        graph.object("TradingStats", TradingStats.self) { stats in
            stats.field("totalTrades", \.totalTrades)
            stats.field("totalVolume", \.totalVolume)
            stats.field("winRate", \.winRate)
            stats.field("profitLoss", \.profitLoss)
        }
    }

}

/// A trader's results. Trades arrive with the exchange issue; until then every user truly has
/// none, and that issue computes these from its table.
struct TradingStats: ResolvedConvertible {
    var totalTrades = 0
    var totalVolume = 0
    var winRate = 0.0
    var profitLoss = 0.0
}

extension User: ResolvedConvertible {}
extension Preferences: ResolvedConvertible {}
extension AuthService.Session: ResolvedConvertible {}
