import BenchData
import Foundation

/// graphql-core, run as a child process on the same SDL, documents and values (the script
/// rebuilds the values as BenchData does): median seconds per run for (b), (c) and (d), or nil
/// when no Python with graphql-core is at hand (`make bench` provides one).
enum GraphQLCorePeer {
    static func measure() -> [String: Double]? {
        guard let python = ProcessInfo.processInfo.environment["AXISOR_BENCH_PYTHON"] else { return nil }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("python/graphql_core_peer.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do {
            try process.run()
            let workloads: [String: Any] = [
                "sdl": Workloads.sdl, "dashboard": Workloads.dashboard, "admin": Workloads.admin, "introspection": Workloads.introspection,
            ]
            input.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: workloads))
            try input.fileHandleForWriting.close()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { return nil }
            return try JSONSerialization.jsonObject(with: data) as? [String: Double]
        } catch {
            return nil
        }
    }
}
