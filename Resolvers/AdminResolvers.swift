import Domain
import GraphQLEngine

/// What admins ask about users.
enum AdminResolvers {
    static func register(in graph: inout ResolverGraph, directory: UserDirectory, statistics: AdminStatistics, payments: PaymentService) {
        graph.root("Query") { query in
            query.field("adminStats") { _ in AdminStats() }
            query.field("adminUsers") { _, arguments, _ in
                try await DomainFailure.exposing {
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
                try await DomainFailure.exposing {
                    try await directory.setStatus(
                        userId: arguments["userId"]?.string ?? "", status: arguments["status"]?.string.flatMap(UserStatus.init(rawValue:)) ?? .active
                    )
                }
            }
        }
        graph.object("UserPage", UserPage.self) { page in
            page.field("users", \.users)
            page.field("pagination") { page in Pagination(total: page.total, limit: page.limit, offset: page.offset) }
        }
        graph.object("Pagination", Pagination.self) { pagination in
            pagination.field("total", \.total)
            pagination.field("limit", \.limit)
            pagination.field("offset", \.offset)
        }
        graph.object("AdminStats", AdminStats.self) { stats in
            stats.field("users") { _, _, _ in try await statistics.userStatistics() }
            stats.field("payments") { _, _, _ in
                let totals = try await payments.totals()
                return PaymentSummary(
                    totalRevenue: Int(totals.all.volume), totalTransactions: totals.all.count, todayRevenue: Int(totals.today.volume),
                    todayTransactions: totals.today.count
                )
            }
            stats.field("marginGuard", withoutParent: { MarginGuardTotals() })
            stats.field("system") { _, _, _ in try await statistics.systemStatistics() }
        }
        graph.object("UserCounts", UserStatistics.self) { counts in
            counts.field("total", \.total)
            counts.field("active", \.active)
            counts.field("newToday", \.newToday)
            counts.field("byPlan") { counts in PlanCounts(byPlan: counts.byPlan) }
        }
        graph.object("PlanCounts", PlanCounts.self) { counts in
            for plan in Plan.allCases {
                counts.field(plan.rawValue) { counts in counts.byPlan[plan] ?? 0 }
            }
        }
        graph.object("PaymentTotals", PaymentSummary.self) { totals in
            totals.field("totalRevenue", \.totalRevenue)
            totals.field("totalTransactions", \.totalTransactions)
            totals.field("todayRevenue", \.todayRevenue)
            totals.field("todayTransactions", \.todayTransactions)
        }
        graph.object("MarginGuardTotals", MarginGuardTotals.self) { totals in
            totals.field("activeConfigurations", \.activeConfigurations)
            totals.field("totalExecutions", \.totalExecutions)
            totals.field("positionsProtected", \.positionsProtected)
            totals.field("autoCloses", \.autoCloses)
        }
        graph.object("SystemHealth", SystemStatistics.self) { health in
            health.field("uptime", \.uptimePercent)
            health.field("responseTime") { health in Int(health.meanResponseMilliseconds.rounded()) }
            health.field("errorRate", \.errorRate)
            health.field("lastBackup", \.lastBackupAt) { $0.wireDate }
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

/// Settled payments of a user: how many, and their sum in sats.
struct UserPaymentStats: ResolvedConvertible {
    var totalPayments: Int
    var totalVolume: Int
}

/// The dashboard's parent object: its parts are resolved only when asked for.
struct AdminStats: ResolvedConvertible {}

struct PlanCounts: ResolvedConvertible {
    var byPlan: [Plan: Int]
}

/// Settled payments across users, in sats; today is since the start of the UTC day.
struct PaymentSummary: ResolvedConvertible {
    var totalRevenue: Int
    var totalTransactions: Int
    var todayRevenue: Int
    var todayTransactions: Int
}

/// Margin Guard's work across users: truly zero until the Margin Guard issue stores any.
struct MarginGuardTotals: ResolvedConvertible {
    var activeConfigurations = 0
    var totalExecutions = 0
    var positionsProtected = 0
    var autoCloses = 0
}

extension UserPage: ResolvedConvertible {}
extension UserStatistics: ResolvedConvertible {}
extension SystemStatistics: ResolvedConvertible {}
