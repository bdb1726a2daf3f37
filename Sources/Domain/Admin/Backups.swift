import Foundation

/// A copy of the database taken by `axisor backup`.
public struct Backup: Sendable, Hashable {
    public var takenAt: Date
    public var location: String
    public var bytes: Int

    public init(takenAt: Date, location: String, bytes: Int) {
        self.takenAt = takenAt
        self.location = location
        self.bytes = bytes
    }
}

/// Where backups are recorded (the record lives in the database it backs up).
public protocol BackupLog: Sendable {
    func record(_ backup: Backup) async throws
    func latest() async throws -> Backup?
}
