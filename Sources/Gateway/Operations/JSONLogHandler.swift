import Foundation
import GraphQLEngine
import Logging

/// Log records as JSON lines (`log.format: json`), for collectors that parse them:
///
///     {"timestamp":"2025-01-06T10:30:00.123Z","level":"info","message":"request","label":"axisor","request_id":"req_…","route":"/graphql","status":"200"}
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    let label: String
    let write: @Sendable (String) -> Void

    public init(label: String, write: @escaping @Sendable (String) -> Void = JSONLogHandler.writeToStandardOutput) {
        self.label = label
        self.write = write
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var line = ResponseObject()
        line.append("timestamp", .string(Self.timestamp(Date())))
        line.append("level", .string(event.level.rawValue))
        line.append("message", .string(event.message.description))
        line.append("label", .string(label))
        // The handler's metadata and the event's (which wins on a shared key), by key.
        var fields = metadata
        if let extra = event.metadata, !extra.isEmpty {
            fields.merge(extra) { _, new in new }
        }
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            line.append(key, .string(value.description))
        }
        var text = ResponseValue.object(line).json
        text.append("\n")
        write(text)
    }

    /// One line to standard output in as few `write` calls as it takes (one, almost always):
    /// lines are not buffered, so none is lost if the process dies.
    @Sendable public static func writeToStandardOutput(_ line: String) {
        var line = line
        line.withUTF8 { bytes in
            guard var next = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let written = writeToFile(STDOUT_FILENO, next, left)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                next += written
                left -= written
            }
        }
    }

    /// `2025-01-06T10:30:00.123Z`: UTC with milliseconds, written by hand because a format
    /// style costs more than the rest of the line and this runs on every request.
    static func timestamp(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1_000).rounded(.down))
        var seconds = time_t(milliseconds.quotientAndRemainder(dividingBy: 1_000).quotient)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.utf8.count)) + digits
        }
        return padded(parts.tm_year + 1900, 4) + "-" + padded(parts.tm_mon + 1, 2) + "-" + padded(parts.tm_mday, 2)
            + "T" + padded(parts.tm_hour, 2) + ":" + padded(parts.tm_min, 2) + ":" + padded(parts.tm_sec, 2)
            + "." + padded(Int32(milliseconds % 1_000), 3) + "Z"
    }
}

extension GatewayConfiguration.LogFormat {
    /// Sends the process's logs out in this format; call once, before anything logs.
    public func bootstrap() {
        switch self {
        case .text: LoggingSystem.bootstrap { StreamLogHandler.standardOutput(label: $0) }
        case .json: LoggingSystem.bootstrap { JSONLogHandler(label: $0) }
        }
    }
}

/// POSIX `write`, out of reach of `JSONLogHandler.write`, which shadows it inside the type.
private func writeToFile(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
