import ArgumentParser
import AxisorSchema
import Gateway
import GraphQLEngine
import Resolvers

/// `axisor openapi`: the OpenAPI 3.1 document of the REST routes, as `/api/openapi.json`
/// serves it — for the built-in contract, or for another schema folder and route table.
struct OpenAPICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Print the OpenAPI 3.1 document of the REST routes.",
        discussion: "Without options, the routes and schema this binary serves; give both --schema and --routes to describe others."
    )

    @Option(name: .long, help: "A folder of SDL files (with --routes).")
    var schema: String?

    @Option(name: .long, help: "A route table YAML file (with --schema).")
    var routes: String?

    func validate() throws {
        if (schema == nil) != (routes == nil) {
            throw ValidationError("give both --schema and --routes, or neither")
        }
    }

    func run() async throws {
        let loaded: GraphQLEngine.Schema
        let table: RouteTable
        do {
            if let schema, let routes {
                loaded = try SchemaFolder.load(schema)
                table = try RouteTable.load(yaml: try SourceFile.read(routes), schema: loaded)
            } else {
                loaded = try AxisorSchema.load()
                table = try RouteTable.load(yaml: try AxisorSchema.routeTable(), schema: loaded)
            }
        } catch let error as ConfigurationError {
            StandardError.write("the route table is invalid:\n\(error)")
            throw ExitCode(1)
        }
        print(OpenAPIDocument.build(table, schema: loaded, version: AxisorResolvers.version).json)
    }
}
