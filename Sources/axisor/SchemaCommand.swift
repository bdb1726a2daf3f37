import ArgumentParser

/// `axisor schema …`: tools for the SDL files of the schema.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Check and print GraphQL schemas written in SDL.",
        subcommands: [SchemaCheckCommand.self, SchemaPrintCommand.self]
    )
}
