import ArgumentParser
import AxisorSchema
import Gateway
import GraphQLEngine
import Hummingbird
import Resolvers

#if canImport(Glibc)
import Glibc
#endif

/// `axisor serve`: the service, configured by a YAML file and the environment.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start Axisor Gateway.",
        discussion: "Settings come from --config (YAML) and AXISOR_* environment variables; a wrong value stops the server naming the key."
    )

    @Option(name: .long, help: "The YAML configuration file (defaults apply without one).")
    var config: String?

    func run() async throws {
        let yaml = try config.map { try SourceFile.read($0) }
        let configuration: GatewayConfiguration
        do {
            configuration = try GatewayConfiguration.load(yaml: yaml, environment: Self.environment())
        } catch {
            StandardError.write(error.description)
            throw ExitCode(2)
        }
        configuration.logFormat.bootstrap()
        let schema: GraphQLEngine.Schema
        do {
            schema = try AxisorSchema.load()
        } catch {
            StandardError.write("the schema is invalid:\n\(error)")
            throw ExitCode(2)
        }
        let executable: ExecutableSchema
        do {
            executable = try AxisorResolvers.executable(for: schema)
        } catch {
            StandardError.write("the resolver graph does not match the schema:\n\(error)")
            throw ExitCode(2)
        }
        let routes: RouteTable
        do {
            routes = try RouteTable.load(yaml: try AxisorSchema.routeTable(), schema: schema)
        } catch {
            StandardError.write("the route table is invalid:\n\(error)")
            throw ExitCode(2)
        }
        let authenticator = await JWTAuthenticator(settings: configuration.tokens ?? .ephemeral())
        let app = buildApplication(configuration: configuration, executable: executable, routes: routes, authenticator: authenticator, version: AxisorResolvers.version)
        try await app.runService()
    }

    static func environment() -> [String: String] {
        var values: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let separator = text.firstIndex(of: "=") {
                values[String(text[..<separator])] = String(text[text.index(after: separator)...])
            }
            pointer += 1
        }
        return values
    }
}
