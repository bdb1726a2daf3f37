import Domain
import GraphQLEngine

/// What admins ask about users.
enum AdminResolvers {
    static func register(in graph: inout ResolverGraph, directory: UserDirectory) {
        graph.root("Query") { query in
            query.field("adminUsers") { _, arguments, _ in
                try await IdentityFailure.exposing {
                    try await directory.page(
                        limit: arguments["limit"]?.int ?? 50, offset: arguments["offset"]?.int ?? 0,
                        plan: arguments["plan"]?.string.flatMap(Plan.init(rawValue:)),
                        status: arguments["status"]?.string.flatMap(UserStatus.init(rawValue:))
                    )
                }
            }
        }
        graph.root("Mutation") { mutation in
            mutation.field("setUserStatus") { _, arguments, _ -> User in
                try await IdentityFailure.exposing {
                    try await directory.setStatus(
                        userId: arguments["userId"]?.string ?? "", status: arguments["status"]?.string.flatMap(UserStatus.init(rawValue:)) ?? .active
                    )
                }
            }
        }
        graph.object("UserPage", UserPage.self) { page in
            page.field("users", \.users)
            page.field("pagination") { page, _, _ in Pagination(total: page.total, limit: page.limit, offset: page.offset) }
        }
        graph.object("Pagination", Pagination.self) { pagination in
            pagination.field("total", \.total)
            pagination.field("limit", \.limit)
            pagination.field("offset", \.offset)
        }
        graph.object("UserPaymentStats", UserPaymentStats.self) { stats in
            stats.field("totalPayments", \.totalPayments)
            stats.field("totalVolume", \.totalVolume)
        }
    }
}

struct Pagination: ResolvedConvertible {
    var total: Int
    var limit: Int
    var offset: Int
}

/// Settled payments of a user. There are no payments before the Lightning issue, so every
/// user's are truly zero; that issue replaces this with a batch query over its table.
struct UserPaymentStats: ResolvedConvertible {
    var totalPayments = 0
    var totalVolume = 0
}

extension UserPage: ResolvedConvertible {}
