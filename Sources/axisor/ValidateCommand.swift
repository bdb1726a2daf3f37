import ArgumentParser
import GraphQLEngine
import GraphQLLanguage

/// `axisor validate --schema DIR FILE`: validates an executable document against the schema of
/// a folder, printing every error as FILE:LINE:COLUMN: message.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate a GraphQL document against a schema.",
        discussion: "Prints every validation error as FILE:LINE:COLUMN: message and exits with status 1 if there is any."
    )

    @Option(name: .long, help: "The folder holding the schema's SDL files.")
    var schema: String

    @ArgumentParser.Argument(help: "The GraphQL document to validate.")
    var file: String

    func run() throws {
        let loaded = try SchemaFolder.load(schema)
        let document = try SourceFile.document(file)
        let errors = Validator.validate(document, against: loaded)
        guard !errors.isEmpty else {
            print("\(file): valid")
            return
        }
        for error in errors {
            let place = error.locations.first.map { "\(file):\($0.line):\($0.column): " } ?? "\(file): "
            StandardError.write(place + error.message)
        }
        throw ExitCode(1)
    }
}
