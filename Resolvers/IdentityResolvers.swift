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
                try await Self.exposing {
                    try await auth.register(
                        email: arguments["email"]?.string ?? "", username: arguments["username"]?.string ?? "",
                        password: arguments["password"]?.string ?? ""
                    )
                }
            }
            mutation.field("login") { _, arguments, _ in
                try await Self.exposing { try await auth.login(email: arguments["email"]?.string ?? "", password: arguments["password"]?.string ?? "") }
            }
            mutation.field("refreshSession") { _, arguments, _ in
                try await Self.exposing { try await auth.refresh(arguments["refreshToken"]?.string ?? "") }
            }
            mutation.field("updateProfile") { _, arguments, context -> User in
                guard let viewer = context.viewer as? Viewer else { throw IdentityFailure(.wrongCredentials) }
                let preferences = arguments["preferences"]?.object ?? [:]
                let change = ProfileChange(
                    firstName: arguments["firstName"]?.string, lastName: arguments["lastName"]?.string,
                    notifications: preferences["notifications"]?.boolean,
                    theme: preferences["theme"]?.string.flatMap(Preferences.Theme.init(rawValue:)),
                    language: preferences["language"]?.string, timezone: preferences["timezone"]?.string
                )
                guard let user = try await Self.exposing({ try await profiles.update(userId: viewer.userId, change: change) }) else {
                    throw IdentityFailure(.wrongCredentials)
                }
                return user
            }
            mutation.field("logout") { _, arguments, _ in
                try await Self.exposing { try await auth.logout(arguments["refreshToken"]?.string ?? "") }
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
            user.field("plan", \.plan.rawValue)
            user.field("planExpiresAt", \.planExpiresAt.wireDate)
            user.field("createdAt", \.createdAt.wireDate)
            user.field("lastLoginAt", \.lastLoginAt.wireDate)
            user.field("status", \.status.rawValue)
            user.field("paymentStats") { _, _, _ in UserPaymentStats() }
            user.field("preferences", \.preferences)
            user.field("stats") { _, _, _ in TradingStats() }
            user.field("updatedAt", \.updatedAt.wireDate)
        }
        graph.object("UserPreferences", Preferences.self) { preferences in
            preferences.field("notifications", \.notifications)
            preferences.field("theme", \.theme.rawValue)
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

    /// Identity errors as clients see them: their code and, for bad input, each field.
    static func exposing<Value>(_ body: () async throws -> Value) async throws -> Value {
        do {
            return try await body()
        } catch let error as IdentityError {
            throw IdentityFailure(error)
        }
    }
}

/// An `IdentityError` with the seed's code and message.
struct IdentityFailure: ClientFacingError {
    let message: String
    let code: String
    let details: [ErrorDetail]

    init(_ error: IdentityError) {
        switch error {
        case .invalid(let problems):
            message = "Invalid request parameters"
            code = "VALIDATION_ERROR"
            details = problems.map { ErrorDetail(field: $0.field, message: $0.message) }
        case .taken(let field):
            message = "That \(field) is already registered."
            code = "CONFLICT"
            details = []
        case .wrongCredentials:
            message = "Wrong email or password."
            code = "AUTHENTICATION_FAILED"
            details = []
        case .invalidRefreshToken:
            message = "The refresh token is not valid (unknown, expired, or already used)."
            code = "AUTHENTICATION_FAILED"
            details = []
        case .deactivated:
            message = "This account is deactivated."
            code = "PERMISSION_DENIED"
            details = []
        case .unknownUser:
            message = "No such user."
            code = "RESOURCE_NOT_FOUND"
            details = []
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

extension Date {
    /// ISO-8601 UTC with whole seconds, as the seed writes dates.
    var wireDate: String {
        formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: false))
    }
}

extension Optional where Wrapped == Date {
    var wireDate: String? { map(\.wireDate) }
}
