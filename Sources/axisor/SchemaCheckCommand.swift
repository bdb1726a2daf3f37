import ArgumentParser
import GraphQLEngine

/// `axisor schema check DIR`: builds the schema from every `.graphql` file of a folder and
/// reports every problem with its file, line and column.
struct SchemaCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the SDL files (*.graphql) of a folder against the type-system rules.",
        discussion: "Prints every problem as FILE:LINE:COLUMN: message and exits with status 1 if there is any."
    )

    @ArgumentParser.Argument(help: "The folder holding the SDL files.")
    var directory: String

    func run() throws {
        let schema = try SchemaFolder.load(directory)
        let typeCount = schema.types.filter { !$0.isBuiltIn }.count
        print("\(directory): schema is valid (\(typeCount) types)")
    }
}

/// `axisor schema print DIR`: the folder's schema as one canonical SDL document.
struct SchemaPrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the schema built from the SDL files (*.graphql) of a folder."
    )

    @ArgumentParser.Argument(help: "The folder holding the SDL files.")
    var directory: String

    func run() throws {
        print(try SchemaFolder.load(directory).printedSDL())
    }
}

/// Loads and checks the SDL files of a folder, printing problems to standard error.
enum SchemaFolder {
    static func load(_ directory: String) throws -> Schema {
        let files = try SourceFile.list(directory, suffix: ".graphql")
        guard !files.isEmpty else {
            throw ValidationError("\(directory) holds no .graphql files")
        }
        let sources = try files.map { SchemaSource(name: $0, text: try SourceFile.read($0)) }
        do {
            return try Schema.build(from: sources)
        } catch {
            for problem in error.problems {
                StandardError.write(problem.description)
            }
            StandardError.write("\(error.problems.count) problem\(error.problems.count == 1 ? "" : "s") in \(directory)")
            throw ExitCode(1)
        }
    }
}
