import Foundation
import Testing

/// `axisor backup --to FILE` on a database of its own.
@Suite("axisor backup")
struct BackupCommandTests {
    @Test("copies the embedded database to a new file, readable by axisor, and never overwrites one")
    func backup() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["DATABASE_URL": "sqlite:" + folder.appendingPathComponent("db.sqlite").path]
        #expect(try AxisorProcess.run(["users", "create", "--email", "t@example.com", "--username", "trader"], environment: environment, input: "Correct-horse-9\n").status == 0)
        let target = folder.appendingPathComponent("copy.sqlite").path
        let copied = try AxisorProcess.run(["backup", "--to", target], environment: environment)
        #expect(copied.status == 0, "\(copied.errors)")
        #expect(copied.output.hasPrefix("backed up sqlite:\(folder.path)/db.sqlite to \(target) ("))
        let listed = try AxisorProcess.run(["users", "list"], environment: ["DATABASE_URL": "sqlite:" + target])
        #expect(listed.output.contains("\tt@example.com\ttrader\t"))
        let again = try AxisorProcess.run(["backup", "--to", target], environment: environment)
        #expect(again.status == 1)
        #expect(again.errors == "the backup failed: \(target) already exists; a backup never overwrites a file\n")
    }
}
