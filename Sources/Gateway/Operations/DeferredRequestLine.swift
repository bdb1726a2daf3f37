import Foundation
import GraphQLEngine
import Logging

/// A request line kept as its facts until its batch of log lines goes out (`LogLineBuffer`),
/// then written as `JSONLogHandler` writes it at once: the same bytes, the time it was logged.
struct DeferredRequestLine: Sendable {
    let time: Date
    let label: String
    let request: RequestLine

    /// The line, newline included, appended to `bytes`.
    func write(into bytes: inout [UInt8]) {
        var line = JSONLogHandler.line(time: time, level: request.level, message: RequestLine.message.description, label: label)
        request.forEachField { line.append($0, $1) }
        line.withLine { bytes.append(contentsOf: $0) }
    }
}
