import Domain
import GraphQLEngine
import Hummingbird
import Logging

/// The gateway: one function that `axisor serve` and the tests share, so tests run the real
/// wiring.
///
///     let app = buildApplication(configuration: configuration, executable: executable)
///     try await app.runService()
public func buildApplication(
    configuration: GatewayConfiguration, executable: ExecutableSchema, routes: RouteTable = RouteTable(routes: []),
    authenticator: any Authenticator = NoAuthenticator(), readinessChecks: [@Sendable () async -> Bool] = [],
    rateLimitStore: any RateLimitStore = InMemoryRateLimitStore(), traffic: TrafficTally = TrafficTally(), logger: Logger = Logger(label: "axisor"),
    version: String = "development"
) -> some ApplicationProtocol {
    let router = Router(context: GatewayRequestContext.self)
    let metrics = GatewayMetrics()
    router.addObservation(metrics: metrics, traffic: traffic)
    if !configuration.corsOrigins.isEmpty {
        router.add(middleware: CORSOriginsMiddleware(origins: configuration.corsOrigins))
    }
    let limiter = RateLimiter(configuration: configuration, store: rateLimitStore, metrics: metrics)
    let service = GraphQLService(executor: Executor(executable, writesObjectsAsJSON: true), configuration: configuration, limiter: limiter, metrics: metrics)
    GraphQLRoutes(service: service, configuration: configuration, authenticator: authenticator).register(on: router)
    RESTAdapter(table: routes, service: service, authenticator: authenticator, configuration: configuration, limiter: limiter, version: version).register(on: router)
    OperationsRoutes(readinessChecks: readinessChecks, metrics: metrics).register(on: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "axisor-gateway"),
        logger: logger
    )
}

extension RouterMethods where Context == GatewayRequestContext {
    /// What every gateway route runs behind: a request id, one log line and the metrics per
    /// request. Public so that a hand-written route measured beside the gateway
    /// (`Benchmarks/`) pays the same.
    @discardableResult
    public func addObservation(metrics: GatewayMetrics, traffic: TrafficTally) -> Self {
        add(middleware: RequestObservationMiddleware(metrics: metrics, traffic: traffic))
    }
}
