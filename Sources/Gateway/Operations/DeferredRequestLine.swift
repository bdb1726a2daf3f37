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
        // The strings of a request line are plain (a route pattern, a method, an id of letters,
        // digits and `-._`), so the line is copied straight into `bytes`, field by field in the
        // order `JSONLogHandler.format` sorts them, without its writer, strings and sorting. A
        // string to escape sends the line to that general writer.
        let start = bytes.count
        Self.append("{\"timestamp\":\"", to: &bytes)
        JSONLogHandler.appendTimestamp(time, to: &bytes)
        Self.append("\",\"level\":\"", to: &bytes)
        var plain = Self.appendPlain(request.level.rawValue, to: &bytes)
        Self.append("\",\"message\":\"request\",\"label\":\"", to: &bytes)
        plain = plain && Self.appendPlain(label, to: &bytes)
        Self.append("\",\"duration_ms\":\"", to: &bytes)
        RequestLine.appendMilliseconds(request.microseconds, to: &bytes)
        Self.append("\",\"method\":\"", to: &bytes)
        plain = plain && Self.appendPlain(request.method, to: &bytes)
        Self.append("\",\"request_id\":\"", to: &bytes)
        plain = plain && Self.appendPlain(request.requestId, to: &bytes)
        Self.append("\",\"route\":\"", to: &bytes)
        plain = plain && Self.appendPlain(request.route, to: &bytes)
        Self.append("\",\"status\":\"", to: &bytes)
        bytes.append(contentsOf: String(request.status).utf8)
        Self.append("\"}\n", to: &bytes)
        if !plain {
            bytes.removeSubrange(start...)
            JSONLogHandler.format(
                time: time, level: request.level, message: RequestLine.message.description, label: label, metadata: [:], requestId: nil,
                fields: request.forEachField
            ) { bytes.append(contentsOf: $0) }
        }
    }

    private static func append(_ text: StaticString, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `text` if JSON takes it as it is; false, with nothing appended, if it has a quote,
    /// a backslash or a control character.
    private static func appendPlain(_ text: String, to bytes: inout [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
    }
}
