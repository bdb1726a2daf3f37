import Domain
import Foundation
import GraphQLEngine

/// Plan payments: creating one, its status, the history — and what users' payments add up to.
enum PaymentResolvers {
    static func register(in graph: inout ResolverGraph, payments: PaymentService, users: any UserStore, simulator: (any InvoicePaymentSimulator)?) {
        graph.root("Query") { query in
            query.field("payment") { _, arguments, context -> Payment? in
                let userId = try context.signedInUserId()
                do {
                    return try await DomainFailure.exposing { try await payments.status(id: arguments["id"]?.string ?? "", userId: userId) }
                } catch let failure as DomainFailure where failure.code == "RESOURCE_NOT_FOUND" {
                    return nil
                }
            }
            query.field("payments") { _, arguments, context in
                let userId = try context.signedInUserId()
                return try await DomainFailure.exposing {
                    try await payments.history(userId: userId, limit: arguments["limit"]?.int ?? 20, offset: arguments["offset"]?.int ?? 0)
                }
            }
        }
        graph.root("Mutation") { mutation in
            mutation.field("createPlanPayment") { _, arguments, context in
                let userId = try context.signedInUserId()
                return try await DomainFailure.exposing { try await payments.create(userId: userId, planType: arguments["planType"]?.string ?? "") }
            }
            if let simulator {
                mutation.field("simulateInvoicePayment") { _, arguments, _ in
                    try await DomainFailure.exposing { try await simulator.simulatePayment(paymentRequest: arguments["paymentRequest"]?.string ?? "") }
                }
            }
        }
        graph.object("Payment", Payment.self) { payment in
            payment.field("id", \.id)
            payment.field("invoice", \.paymentRequest)
            payment.field("amount") { payment in Int(payment.amount) }
            payment.field("currency", withoutParent: { "sats" })
            payment.field("planType", \.plan) { $0.rawValue }
            payment.field("status", \.status) { $0.rawValue }
            payment.field("expiresAt", \.expiresAt) { $0.wireDate }
            payment.field("createdAt", \.createdAt) { $0.wireDate }
            payment.field("completedAt", \.completedAt) { $0.wireDate }
            payment.batchField("userPlan") { payments, _, _ in
                var plans: [String: UserPlan] = [:]
                for userId in Set(payments.map(\.userId)) {
                    if let user = try await users.user(id: userId) { plans[userId] = UserPlan(type: user.plan, expiresAt: user.planExpiresAt) }
                }
                return payments.map { plans[$0.userId] ?? UserPlan(type: .free, expiresAt: nil) }
            }
        }
        graph.object("UserPlan", UserPlan.self) { plan in
            plan.field("type", \.type) { $0.rawValue }
            plan.field("expiresAt", \.expiresAt) { $0.wireDate }
        }
        graph.object("PaymentPage", PaymentPage.self) { page in
            page.field("payments", \.payments)
            page.field("pagination") { page in Pagination(total: page.total, limit: page.limit, offset: page.offset) }
        }
        graph.object("User", User.self) { user in
            user.batchField("paymentStats") { users, _, _ in
                try await payments.totals(userIds: users.map(\.id)).map { UserPaymentStats(totalPayments: $0.count, totalVolume: Int($0.volume)) }
            }
        }
    }
}

/// A user's plan as a payment reports it.
struct UserPlan: ResolvedConvertible {
    var type: Plan
    var expiresAt: Date?
}

extension Payment: ResolvedConvertible {}
extension PaymentPage: ResolvedConvertible {}
