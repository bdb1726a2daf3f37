import ArgumentParser
import AxisorSchema
import Domain
import Gateway
import GraphQLEngine
import Hummingbird
import Logging
import Resolvers
import Storage

/// `axisor serve`: the service, configured by a YAML file and the environment.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start Axisor Gateway.",
        discussion: "Settings come from --config (YAML) and AXISOR_* environment variables; a wrong value stops the server naming the key."
    )

    @OptionGroup var config: ConfigurationOption

    /// The configuration from `--config` and the environment, or exit 2 naming every problem.
    func run() async throws {
        let configuration = try config.load()
        configuration.logFormat.bootstrap()
        let logger = Logger(label: "axisor")
        let schema: GraphQLEngine.Schema
        do {
            schema = try AxisorSchema.load(simulations: configuration.lightning.backend == .fake ? [.fakeLightning] : [])
        } catch {
            StandardError.write("the schema is invalid:\n\(error)")
            throw ExitCode(2)
        }
        let routes: RouteTable
        do {
            routes = try RouteTable.load(yaml: try AxisorSchema.routeTable(), schema: schema)
        } catch {
            StandardError.write("the route table is invalid:\n\(error)")
            throw ExitCode(2)
        }
        // Before the database opens, so that a missing key or node does not leave it open.
        let lightning: LightningNode
        do {
            lightning = try LightningNode.open(configuration)
        } catch {
            StandardError.write("the Lightning node could not be set up: \(error)")
            throw ExitCode(2)
        }
        logger.info("lightning ready", metadata: ["backend": .string(configuration.lightning.backend.rawValue)])
        let vault: CredentialVault
        do {
            vault = try configuration.credentialVault()
        } catch {
            StandardError.write("the exchange credentials key could not be loaded: \(error)")
            throw ExitCode(2)
        }
        logger.info("credentials key ready", metadata: ["keyId": .string(vault.current.id), "source": .string(configuration.credentialKey.description)])
        let database: any SQLDatabase
        do {
            database = try await Database.openMigrated(configuration.database, logger: logger)
        } catch {
            StandardError.write("the database \(configuration.database) could not be opened and migrated: \(error)")
            throw ExitCode(2)
        }
        logger.info("database ready", metadata: ["database": .string(configuration.database.description)])
        // PostgreSQL keeps the rate-limit buckets, so every instance charges the same ones; the
        // embedded default (one instance) keeps them in memory.
        let rateLimitStore: any RateLimitStore = database.dialect == .postgres ? SQLRateLimitStore(database: database) : InMemoryRateLimitStore()
        let authenticator = await JWTAuthenticator(settings: configuration.tokens ?? .ephemeral())
        let traffic = TrafficTally()
        let heartbeat = Heartbeat(store: SQLServiceRunStore(database: database))
        let services = Database.services(
            on: database, issuer: authenticator, vault: vault, lightning: lightning, settings: configuration.lightning, traffic: traffic,
            runningSince: heartbeat.run.startedAt
        )
        if let admin = configuration.admin {
            do {
                let user = try await services.auth.ensureAdmin(email: admin.email, password: admin.password)
                logger.info("admin ready", metadata: ["email": .string(user.email)])
            } catch {
                StandardError.write("the admin \(admin.email) could not be ensured: \(error)")
                try? await database.close()
                throw ExitCode(2)
            }
        }
        let executable: ExecutableSchema
        do {
            executable = try AxisorResolvers.executable(for: schema, services: services)
        } catch {
            StandardError.write("the resolver graph does not match the schema:\n\(error)")
            try? await database.close()
            throw ExitCode(2)
        }
        let app = buildApplication(
            configuration: configuration, executable: executable, routes: routes, authenticator: authenticator,
            readinessChecks: [{ await database.isReachable() }], rateLimitStore: rateLimitStore, traffic: traffic, logger: logger,
            version: AxisorResolvers.version
        )
        // Records this run for the dashboard's uptime while the server runs.
        let beating = Task { await heartbeat.beat() }
        // Settles paid invoices exactly once: re-checks what is pending now (a settlement may
        // have happened while the server was down), then follows the node.
        let settling = Task {
            await services.payments.settlement.follow { error in logger.warning("settlement", metadata: ["error": .string("\(error)")]) }
        }
        do {
            try await app.runService()
        } catch {
            beating.cancel()
            settling.cancel()
            try? await lightning.shutdown()
            try? await database.close()
            throw error
        }
        beating.cancel()
        settling.cancel()
        _ = await (beating.value, settling.value)
        try? await lightning.shutdown()
        try await database.close()
    }
}
