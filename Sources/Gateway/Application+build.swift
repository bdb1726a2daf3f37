import GraphQLEngine
import Hummingbird

/// The gateway: one function that `axisor serve` and the tests share, so tests run the real
/// wiring.
///
///     let app = buildApplication(configuration: configuration, executable: executable)
///     try await app.runService()
public func buildApplication(
    configuration: GatewayConfiguration, executable: ExecutableSchema,
    readinessChecks: [@Sendable () async -> Bool] = []
) -> some ApplicationProtocol {
    let router = Router(context: GatewayRequestContext.self)
    router.add(middleware: RequestIdMiddleware())
    let service = GraphQLService(executor: Executor(executable), configuration: configuration)
    GraphQLRoutes(service: service, configuration: configuration).register(on: router)
    HealthRoutes(readinessChecks: readinessChecks).register(on: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "axisor-gateway")
    )
}
