import ArgumentParser
import Gateway

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--config FILE`, for every command that reads the gateway's configuration.
struct ConfigurationOption: ParsableArguments {
    @Option(name: .long, help: "The YAML configuration file (defaults apply without one).")
    var config: String?

    /// The file's settings (defaults without one) under the environment's; every problem is
    /// written to standard error and the command exits with status 2.
    func load() throws -> GatewayConfiguration {
        let yaml = try config.map { try SourceFile.read($0) }
        do {
            return try GatewayConfiguration.load(yaml: yaml, environment: Self.environment())
        } catch {
            StandardError.write(error.description)
            throw ExitCode(2)
        }
    }

    /// The process environment, read from `environ`.
    private static func environment() -> [String: String] {
        var values: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let separator = text.firstIndex(of: "=") {
                values[String(text[..<separator])] = String(text[text.index(after: separator)...])
            }
            pointer += 1
        }
        return values
    }
}
