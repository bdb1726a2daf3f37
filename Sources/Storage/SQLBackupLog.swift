import Domain
import Foundation

/// Backups recorded in the `backups` table.
public struct SQLBackupLog: BackupLog {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) {
        self.database = database
    }

    public func record(_ backup: Backup) async throws {
        try await database.query(
            "INSERT INTO backups (taken_at, location, bytes) VALUES (?, ?, ?)",
            [SQLValue.date(backup.takenAt), .text(backup.location), .integer(Int64(backup.bytes))]
        )
    }

    public func latest() async throws -> Backup? {
        guard let row = try await database.query("SELECT taken_at, location, bytes FROM backups ORDER BY taken_at DESC LIMIT 1", []).first,
              let takenAt = row["taken_at"].real, let location = row["location"].text else { return nil }
        return Backup(takenAt: Date(timeIntervalSince1970: takenAt), location: location, bytes: Int(row["bytes"].integer ?? 0))
    }
}
