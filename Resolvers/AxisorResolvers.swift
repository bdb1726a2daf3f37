import Domain
import Foundation
import GraphQLEngine

/// The whole resolver graph of Axisor Gateway: every domain binds its fields here.
public enum AxisorResolvers {
    public static let version = "0.1.0"

    /// The domain services the fields delegate to.
    public struct Services: Sendable {
        public var auth: AuthService
        public var users: any UserStore
        public var exchangeAccounts: ExchangeAccountService
        public var statistics: AdminStatistics
        public var payments: PaymentService
        public var lightning: any LightningBackend
        /// Only the embedded fake node pays its own invoices.
        public var simulator: (any InvoicePaymentSimulator)?

        public init(
            auth: AuthService, users: any UserStore, exchangeAccounts: ExchangeAccountService, statistics: AdminStatistics, payments: PaymentService,
            lightning: any LightningBackend, simulator: (any InvoicePaymentSimulator)?
        ) {
            self.auth = auth
            self.users = users
            self.exchangeAccounts = exchangeAccounts
            self.statistics = statistics
            self.payments = payments
            self.lightning = lightning
            self.simulator = simulator
        }
    }

    /// Binds every field of `schema`; fails listing every field left unbound or bound wrongly.
    public static func executable(for schema: Schema, services: Services) throws -> ExecutableSchema {
        var graph = ResolverGraph(schema: schema)
        SystemResolvers.register(in: &graph, version: version, clock: { Date().wireDate })
        IdentityResolvers.register(in: &graph, auth: services.auth, users: services.users)
        ExchangeAccountResolvers.register(in: &graph, service: services.exchangeAccounts)
        PaymentResolvers.register(in: &graph, payments: services.payments, users: services.users, simulator: services.simulator)
        LightningResolvers.register(in: &graph, lightning: services.lightning)
        AdminResolvers.register(in: &graph, directory: UserDirectory(users: services.users), statistics: services.statistics, payments: services.payments)
        return try graph.build()
    }
}
