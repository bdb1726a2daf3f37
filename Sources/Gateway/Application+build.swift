import GraphQLEngine
import Hummingbird

/// The gateway: one function that `axisor serve` and the tests share, so tests run the real
/// wiring.
///
///     let app = buildApplication(configuration: configuration, executable: executable)
///     try await app.runService()
public func buildApplication(
    configuration: GatewayConfiguration, executable: ExecutableSchema, routes: RouteTable = RouteTable(routes: []),
    authenticator: any Authenticator = NoAuthenticator(), readinessChecks: [@Sendable () async -> Bool] = [],
    rateLimitStore: any RateLimitStore = InMemoryRateLimitStore()
) -> some ApplicationProtocol {
    let router = Router(context: GatewayRequestContext.self)
    router.add(middleware: RequestIdMiddleware())
    let executor = Executor(executable)
    let limiter = RateLimiter(configuration: configuration, store: rateLimitStore)
    let service = GraphQLService(executor: executor, configuration: configuration, limiter: limiter)
    GraphQLRoutes(service: service, configuration: configuration, authenticator: authenticator).register(on: router)
    RESTAdapter(table: routes, executor: executor, authenticator: authenticator, configuration: configuration, limiter: limiter).register(on: router)
    HealthRoutes(readinessChecks: readinessChecks).register(on: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "axisor-gateway")
    )
}
