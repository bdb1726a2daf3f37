import ArgumentParser

/// The `axisor` command line: the server and the tools around it.
@main
struct Axisor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Axisor Gateway: the Axisor backend and its tools.",
        subcommands: [ServeCommand.self, ParseCommand.self, ValidateCommand.self, IntrospectCommand.self, SchemaCommand.self, OpenAPICommand.self, MigrateCommand.self, UsersCommand.self, BackupCommand.self, LightningCommand.self]
    )
}
