import Domain
import Foundation

/// Copies the embedded database into a new file, consistently while the server runs (SQLite's
/// `VACUUM INTO`), and records the copy for the admin dashboard. PostgreSQL is backed up with
/// its own tools (`pg_dump`), which this does not replace.
public enum DatabaseBackup {
    public static func copy(_ database: any SQLDatabase, to path: String, at date: Date = Date()) async throws -> Backup {
        guard database.dialect == .sqlite else { throw DatabaseBackupError.notEmbedded }
        guard !FileManager.default.fileExists(atPath: path) else { throw DatabaseBackupError.exists(path) }
        try await database.query("VACUUM INTO ?", [.text(path)])
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let backup = Backup(takenAt: date, location: path, bytes: bytes)
        try await SQLBackupLog(database: database).record(backup)
        return backup
    }
}

public enum DatabaseBackupError: Error, CustomStringConvertible {
    case notEmbedded
    case exists(String)

    public var description: String {
        switch self {
        case .notEmbedded: "backups of PostgreSQL are made with pg_dump; `axisor backup` copies the embedded SQLite database"
        case .exists(let path): "\(path) already exists; a backup never overwrites a file"
        }
    }
}
