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
        print(Printer.print(try SourceFile.document(file)))
    }
}
