import ArgumentParser
import Domain
import Foundation
import Gateway
import Logging
import Storage

/// `axisor backup --to FILE`: a consistent copy of the embedded database, taken while the
/// server runs, and recorded as the dashboard's last backup.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the embedded SQLite database to a new file.",
        discussion: "Safe while the server runs. PostgreSQL is backed up with pg_dump instead."
    )

    @OptionGroup var config: ConfigurationOption

    @Option(name: .long, help: "The file to write; it must not exist yet.")
    var to: String

    func run() async throws {
        let configuration = try config.load()
        let database = try await Database.openMigrated(configuration.database, logger: Logger(label: "axisor.backup"))
        do {
            let backup = try await DatabaseBackup.copy(database, to: to)
            try await database.close()
            print("backed up \(configuration.database) to \(backup.location) (\(backup.bytes) bytes)")
        } catch {
            try? await database.close()
            StandardError.write("the backup failed: \(error)")
            throw ExitCode(1)
        }
    }
}
