import ArgumentParser
import GraphQLEngine
import GraphQLLanguage

/// `axisor introspect --schema DIR FILE`: answers an introspection query against the schema of
/// a folder, as the server would, and prints the JSON response.
struct IntrospectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "introspect",
        abstract: "Run an introspection query against a schema and print the JSON response.",
        discussion: "Only __schema, __type and __typename are answered; the document is validated first."
    )

    @Option(name: .long, help: "The folder holding the schema's SDL files.")
    var schema: String

    @ArgumentParser.Argument(help: "The GraphQL document holding the introspection query.")
    var file: String

    func run() async throws {
        let loaded = try SchemaFolder.load(schema)
        let document = try SourceFile.document(file)
        let errors = Validator.validate(document, against: loaded)
        if !errors.isEmpty {
            print(ExecutionResult(data: nil, errors: errors, isRequestError: true).response.json)
            throw ExitCode(1)
        }
        let executor = Executor(ExecutableSchema.introspection(of: loaded))
        let result = await executor.execute(document, context: RequestContext(requestId: "axisor-introspect"))
        print(result.response.json)
    }
}
