import ArgumentParser

/// `axisor schema check DIR`: builds the schema from every `.graphql` file of a folder and
/// reports every problem with its file, line and column.
struct SchemaCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the SDL files (*.graphql) of a folder against the type-system rules."
    )

    @ArgumentParser.Argument(help: "The folder holding the SDL files.")
    var directory: String

    func run() throws {
        throw ValidationError("not built yet")
    }
}
