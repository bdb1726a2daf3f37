import ArgumentParser
import Gateway
import Logging
import Storage

/// `axisor migrate`: applies the migrations the configured database lacks (`serve` does too,
/// at start), each in its own transaction.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the database's schema up to date.",
        discussion: "The database is database.url from --config, or DATABASE_URL; prints the version it ends at."
    )

    @OptionGroup var config: ConfigurationOption

    func run() async throws {
        let configuration = try config.load()
        let logger = Logger(label: "axisor.migrate")
        let database: any SQLDatabase
        do {
            database = try await Database.openMigrated(configuration.database, logger: logger)
        } catch {
            StandardError.write("migration failed on \(configuration.database): \(error)")
            throw ExitCode(1)
        }
        let versions = try await Migrator(database: database).appliedVersions()
        try await database.close()
        print("\(configuration.database) is at version \(versions.last ?? 0)")
    }
}
