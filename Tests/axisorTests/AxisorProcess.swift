import Foundation

/// The `axisor` executable `swift build` put beside this test bundle, run as a user would.
enum AxisorProcess {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static let executable: URL = {
        var directory = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("axisor").path) && directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("axisor")
    }()

    /// Runs to the end with `input` on standard input; `environment` nil inherits this process's.
    static func run(_ arguments: [String], environment: [String: String]? = nil, input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { first, _ in first } }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
        try stdin.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self), errors: String(decoding: errorData, as: UTF8.self))
    }
}
