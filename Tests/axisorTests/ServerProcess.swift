import Foundation
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `axisor serve` running as a child process on a port of its own, over a data folder that
/// outlives it (so a test can kill it and start it again on the same data).
final class ServerProcess: Sendable {
    let process: Process
    let port: Int
    let output: Captured

    /// What the server printed, as it comes.
    final class Captured: Sendable {
        let text = Mutex("")
        func append(_ more: String) { text.withLock { $0 += more } }
        func contains(_ part: String) -> Bool { text.withLock { $0.contains(part) } }
        var all: String { text.withLock { $0 } }
    }

    /// Starts the server and waits (up to 30 s) until it listens. The port is drawn below
    /// Linux's ephemeral range (32768 and up), where the client side of other connections may
    /// hold it; a port taken all the same is drawn again.
    init(folder: URL, environment extra: [String: String] = [:]) async throws {
        var attempt = 0
        while true {
            attempt += 1
            let port = Int.random(in: 20_000...32_000)
            let (process, output) = try Self.start(port: port, folder: folder, environment: extra)
            for _ in 0..<300 where !output.contains("Server started") {
                guard process.isRunning else { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            if output.contains("Server started") {
                (self.process, self.port, self.output) = (process, port, output)
                return
            }
            if process.isRunning { process.terminate() }
            guard output.contains("Address already in use"), attempt < 5 else {
                throw ServerError(message: "axisor serve did not start: \(output.all)")
            }
        }
    }

    private static func start(port: Int, folder: URL, environment extra: [String: String]) throws -> (Process, Captured) {
        let process = Process()
        process.executableURL = AxisorProcess.executable
        process.arguments = ["serve"]
        process.environment = [
            "AXISOR_SERVER_PORT": String(port), "PATH": "/usr/bin:/bin", "AXISOR_RATE_LIMIT_ENABLED": "false",
            "DATABASE_URL": "sqlite:" + folder.appendingPathComponent("axisor.sqlite").path,
            "AXISOR_AUTH_JWT_SECRET": "a-test-secret-of-at-least-32-bytes!!",
        ].merging(extra) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let output = Captured()
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            output.append(text)
        }
        try process.run()
        return (process, output)
    }

    /// SIGKILL: no shutdown, no flush, as a crash or `kill -9` ends it.
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// A JSON request; the status and the JSON object answered.
    func call(_ method: String, _ path: String, json: String? = nil, token: String? = nil) async throws -> (status: Int, json: [String: Any]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        if let json {
            request.httpBody = Data(json.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let token { request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization") }
        let (body, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:])
    }

    struct ServerError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
