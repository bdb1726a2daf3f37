import Foundation
import Testing

/// `axisor users create|list` on a database of its own.
@Suite("axisor users")
struct UsersCommandTests {
    @Test("create reads the password from standard input, refuses what the rules refuse, and list shows the accounts")
    func createAndList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-users-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["DATABASE_URL": "sqlite:" + folder.appendingPathComponent("db.sqlite").path]
        let admin = try AxisorProcess.run(
            ["users", "create", "--email", "Root@Example.com", "--username", "root", "--admin"], environment: environment, input: "Correct-horse-9\n"
        )
        #expect(admin.status == 0)
        #expect(admin.output.hasPrefix("created user_"))
        #expect(admin.output.hasSuffix(" root@example.com (admin)\n"))
        #expect(!admin.output.contains("Correct-horse-9"))
        let trader = try AxisorProcess.run(["users", "create", "--email", "t@example.com", "--username", "trader"], environment: environment, input: "Correct-horse-9\n")
        #expect(trader.status == 0)
        let taken = try AxisorProcess.run(["users", "create", "--email", "t@example.com", "--username", "other"], environment: environment, input: "Correct-horse-9\n")
        #expect(taken.status == 1)
        #expect(taken.errors == "that email is already registered\n")
        let weak = try AxisorProcess.run(["users", "create", "--email", "w@example.com", "--username", "weakling"], environment: environment, input: "short\n")
        #expect(weak.status == 1)
        #expect(weak.errors == "password must be at least 10 characters\n")
        let list = try AxisorProcess.run(["users", "list"], environment: environment)
        #expect(list.status == 0)
        let lines = list.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasSuffix("\tt@example.com\ttrader\tfree\tactive\tuser"))
        #expect(lines[1].hasSuffix("\troot@example.com\troot\tfree\tactive\tadmin"))
        #expect(lines[2] == "2 of 2")
    }
}
