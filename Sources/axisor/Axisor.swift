import ArgumentParser

/// The `axisor` command line: the server and the tools around it.
@main
struct Axisor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Axisor Gateway: the Axisor backend and its tools.",
        subcommands: [ParseCommand.self, ValidateCommand.self, SchemaCommand.self]
    )
}
