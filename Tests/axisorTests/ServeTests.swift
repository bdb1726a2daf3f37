import Foundation
import Synchronization
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `axisor serve` as operators run it: JSON log lines without credentials, and a clean exit on
/// SIGTERM.
@Suite("axisor serve")
struct ServeTests {
    @Test("serves /graphql, logs one JSON line per request with no token in it, and stops cleanly on SIGTERM")
    func serveAndStop() async throws {
        // Below Linux's ephemeral range (32768 and up), where the client side of another
        // connection may hold the port.
        let port = Int.random(in: 20_000...32_000)
        let process = Process()
        process.executableURL = AxisorProcess.executable
        process.arguments = ["serve"]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        process.environment = [
            "AXISOR_SERVER_PORT": String(port), "AXISOR_LOG_FORMAT": "json", "PATH": "/usr/bin:/bin",
            "DATABASE_URL": "sqlite:" + folder.appendingPathComponent("axisor.sqlite").path,
            "AXISOR_ADMIN_EMAIL": "root@example.com", "AXISOR_ADMIN_PASSWORD": "Correct-horse-9",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        let captured = Mutex("")
        output.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            captured.withLock { $0 += text }
        }
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // Wait (up to 30 s) until it listens.
        var started = false
        for _ in 0..<300 where !started {
            try await Task.sleep(for: .milliseconds(100))
            started = captured.withLock { $0.contains("Server started") }
        }
        try #require(started)

        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/graphql?query=%7Bversion%7D")!)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let (body, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).hasPrefix(#"{"data":{"version":""#))

        let (_, ready) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/ready")!)
        #expect((ready as? HTTPURLResponse)?.statusCode == 200)

        var health = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/health")!)
        health.setValue("Bearer never-log-this-token", forHTTPHeaderField: "Authorization")
        _ = try await URLSession.shared.data(for: health)

        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)

        try await Task.sleep(for: .milliseconds(100))
        let lines = captured.withLock { $0 }.split(separator: "\n")
        let objects = try lines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
        }
        let requests = objects.filter { $0["message"] as? String == "request" }
        #expect(requests.contains { $0["route"] as? String == "/graphql" && $0["status"] as? String == "200" && $0["request_id"] != nil })
        #expect(requests.contains { $0["route"] as? String == "/health" })
        #expect(objects.contains { $0["message"] as? String == "migrated" && $0["version"] as? String == "1" })
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("axisor.sqlite").path))
        #expect(!lines.contains { $0.contains("never-log-this-token") })
        #expect(objects.contains { $0["message"] as? String == "admin ready" && $0["email"] as? String == "root@example.com" })
        #expect(!lines.contains { $0.contains("Correct-horse-9") })
    }

    @Test("migrate brings a database up to date once, and refuses a URL it cannot use")
    func migrate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("axisor-migrate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = "sqlite:" + folder.appendingPathComponent("db.sqlite").path
        let first = try AxisorProcess.run(["migrate"], environment: ["DATABASE_URL": url])
        #expect(first.status == 0)
        #expect(first.output.hasPrefix("\(url) is at version "))
        let again = try AxisorProcess.run(["migrate"], environment: ["DATABASE_URL": url])
        #expect(again.status == 0)
        #expect(again.output == first.output)
        let refused = try AxisorProcess.run(["migrate"], environment: ["DATABASE_URL": "mysql://db/axisor"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("database.url must be sqlite:PATH or postgres://"))
    }
}
