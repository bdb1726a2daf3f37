import Foundation
import Logging

/// A request line kept as its facts until its batch of log lines goes out (`LogLineBuffer`),
/// then written as `JSONLogHandler` writes it at once: the same bytes, the time it was logged.
/// Kept only for a handler without metadata of its own, so there is nothing to merge.
struct DeferredRequestLine: Sendable {
    let time: Date
    let label: String
    let request: RequestLine

    /// The line, newline included, appended to `bytes`.
    func write(into bytes: inout [UInt8]) {
        JSONLogHandler.format(
            time: time, level: request.level, message: RequestLine.message.description, label: label, metadata: [:], requestId: nil,
            fields: request.forEachField
        ) { bytes.append(contentsOf: $0) }
    }
}
