import Domain
import GraphQLEngine

/// Exchange accounts: a user's list and limits (batched over the users of a level), and the
/// mutations that add, rename, switch, re-key and delete them.
enum ExchangeAccountResolvers {
    static func register(in graph: inout ResolverGraph, service: ExchangeAccountService) {
        graph.root("Mutation") { mutation in
            mutation.field("createExchangeAccount") { _, arguments, context in
                let userId = try context.signedInUserId()
                let credentials = arguments["credentials"]?.object ?? [:]
                return try await DomainFailure.exposing {
                    try await service.create(
                        userId: userId, exchange: arguments["exchange"]?.string.flatMap(Exchange.init(rawValue:)) ?? .lnmarkets,
                        name: arguments["name"]?.string ?? "", credentials: Self.credentials(credentials),
                        isTestnet: credentials["isTestnet"]?.boolean ?? false
                    )
                }
            }
            mutation.field("renameExchangeAccount") { _, arguments, context in
                let userId = try context.signedInUserId()
                return try await DomainFailure.exposing {
                    try await service.rename(userId: userId, accountId: arguments["id"]?.string ?? "", name: arguments["name"]?.string ?? "")
                }
            }
            for (field, isActive) in [("activateExchangeAccount", true), ("deactivateExchangeAccount", false)] {
                mutation.field(field) { _, arguments, context in
                    let userId = try context.signedInUserId()
                    return try await DomainFailure.exposing {
                        try await service.setActive(userId: userId, accountId: arguments["id"]?.string ?? "", isActive: isActive)
                    }
                }
            }
            mutation.field("replaceExchangeAccountCredentials") { _, arguments, context in
                let userId = try context.signedInUserId()
                let credentials = arguments["credentials"]?.object ?? [:]
                return try await DomainFailure.exposing {
                    try await service.replaceCredentials(
                        userId: userId, accountId: arguments["id"]?.string ?? "", credentials: Self.credentials(credentials),
                        isTestnet: credentials["isTestnet"]?.boolean ?? false
                    )
                }
            }
            mutation.field("deleteExchangeAccount") { _, arguments, context in
                let userId = try context.signedInUserId()
                try await DomainFailure.exposing { try await service.delete(userId: userId, accountId: arguments["id"]?.string ?? "") }
                return true
            }
        }
        // Both fields need the same users' accounts: one load per request serves both.
        @Sendable func accounts(of users: [User], _ context: RequestContext) async throws -> [[ExchangeAccount]] {
            let ids = users.map(\.id)
            return try await context.loaders.value(for: "exchangeAccounts:" + ids.joined(separator: ",")) { try await service.list(userIds: ids) }
        }
        graph.object("User", User.self) { user in
            user.batchField("exchangeAccounts") { users, _, context in try await accounts(of: users, context) }
            user.batchField("accountLimits") { users, _, context in
                zip(users, try await accounts(of: users, context)).map { AccountLimits(plan: $0.plan, currentAccounts: $1.count) }
            }
        }
        graph.object("ExchangeAccount", ExchangeAccount.self) { account in
            account.field("id", \.id)
            account.field("exchange", \.exchange) { $0.rawValue }
            account.field("name", \.name)
            account.field("isActive", \.isActive)
            account.field("isTestnet", \.isTestnet)
            account.field("credentials", \.credentials)
            account.field("stats", withoutParent: { ExchangeAccountStats() })
            account.field("createdAt", \.createdAt) { $0.wireDate }
            account.field("updatedAt", \.updatedAt) { $0.wireDate }
        }
        graph.object("CredentialStatus", CredentialPresence.self) { presence in
            presence.field("hasApiKey", \.hasApiKey)
            presence.field("hasSecret", \.hasSecret)
            presence.field("hasPassphrase", \.hasPassphrase)
            presence.field("lastTested", \.lastTestedAt) { $0.wireDate }
        }
        graph.object("ExchangeAccountStats", ExchangeAccountStats.self) { stats in
            stats.field("totalPositions", \.totalPositions)
            stats.field("totalVolume", \.totalVolume)
            stats.field("lastActivity", \.lastActivity)
        }
        graph.object("AccountLimits", AccountLimits.self) { limits in
            limits.field("maxAccounts", \.maxAccounts)
            limits.field("currentAccounts", \.currentAccounts)
            limits.field("planLimits") { limits in PlanLimits(byPlan: limits.planLimits) }
        }
        graph.object("PlanLimits", PlanLimits.self) { limits in
            for plan in Plan.allCases {
                limits.field(plan.rawValue) { limits in limits.byPlan[plan] ?? 0 }
            }
        }
    }

    static func credentials(_ input: [String: InputValue]) -> ExchangeCredentials {
        ExchangeCredentials(
            apiKey: input["apiKey"]?.string ?? "", apiSecret: input["apiSecret"]?.string ?? "", passphrase: input["passphrase"]?.string ?? ""
        )
    }
}

/// Trading on an account. Positions arrive with the exchange issue; until then every account
/// truly has none, and that issue computes these from its table.
struct ExchangeAccountStats: ResolvedConvertible {
    var totalPositions = 0
    var totalVolume = 0
    var lastActivity: String?
}

/// The most accounts each plan allows, one field per plan.
struct PlanLimits: ResolvedConvertible {
    var byPlan: [Plan: Int]
}

extension ExchangeAccount: ResolvedConvertible {}
extension CredentialPresence: ResolvedConvertible {}
extension AccountLimits: ResolvedConvertible {}
