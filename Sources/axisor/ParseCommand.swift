import ArgumentParser
import GraphQLLanguage

/// `axisor parse FILE`: prints the canonical form of a GraphQL document, or its syntax error.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse a GraphQL document and print it in canonical form.",
        discussion: "On a syntax error, prints FILE:LINE:COLUMN: the message, and exits with status 1."
    )

    @ArgumentParser.Argument(help: "The GraphQL file to parse.")
    var file: String

    func run() throws {
        let source = try SourceFile.read(file)
        do {
            let document = try Document.parse(source)
            print(Printer.print(document))
        } catch {
            StandardError.write("\(file):\(error.location.line):\(error.location.column): \(error.message)")
            throw ExitCode(1)
        }
    }
}
