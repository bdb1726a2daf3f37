import Domain
import Foundation
import GraphQLEngine
import Logging

/// Log records as JSON lines (`log.format: json`), for collectors that parse them:
///
///     {"timestamp":"2025-01-06T10:30:00.123Z","level":"info","message":"request","label":"axisor","request_id":"req_…","route":"/graphql","status":"200"}
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    /// What never changes, behind one reference: the handler then fits in a logger's inline
    /// storage, and a request's logger, given its request id, copies no box.
    private let output: Output

    private final class Output: Sendable {
        let label: String
        let destination: Destination

        init(label: String, destination: Destination) {
            self.label = label
            self.destination = destination
        }
    }

    /// Where lines go: a buffer of lines (standard output's, in batches), or a function (tests
    /// read lines this way).
    enum Destination: Sendable {
        case buffer(LogLineBuffer)
        case function(@Sendable (String) -> Void)
    }

    /// Lines to standard output, in batches (`LogLineBuffer`): a warning or worse at once.
    public init(label: String) {
        self.init(label: label, buffer: .standardOutput)
    }

    /// Lines into `buffer`.
    init(label: String, buffer: LogLineBuffer) {
        output = Output(label: label, destination: .buffer(buffer))
    }

    /// Lines, newline included, to `write`.
    public init(label: String, write: @escaping @Sendable (String) -> Void) {
        output = Output(label: label, destination: .function(write))
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set {
            // Hummingbird gives every request's logger an id of its own; lines carry the
            // gateway's `request_id` instead (from `RequestId.current`), the one callers see.
            guard key != Self.hummingbirdRequestId else { return }
            metadata[key] = newValue
        }
    }

    /// `handler` when it is a JSON handler. Asked on every request, where comparing the handler's
    /// type is enough: under `perf`, with SQLite's work between requests, `as?` spent about a
    /// fifth of the request observation's samples in the runtime's general cast.
    static func of(_ handler: any LogHandler) -> JSONLogHandler? {
        func opened<Handler: LogHandler>(_ handler: Handler) -> JSONLogHandler? {
            Handler.self == JSONLogHandler.self ? unsafeBitCast(handler, to: JSONLogHandler.self) : nil
        }
        return opened(handler)
    }

    static let hummingbirdRequestId = "hb.request.id"
    static let requestIdKey = "request_id"

    // Written straight into bytes: this runs on every request.
    public func log(event: LogEvent) {
        Self.withSorted(event.metadata ?? [:]) { fields in
            write(level: event.level, message: event.message.description) { visit in
                for field in fields { visit(field.key, field.value.description) }
            }
        }
    }

    /// The request line, as `log(event:)` would write it with the line's fields as metadata, but
    /// without building the dictionary first.
    func log(_ request: RequestLine) {
        guard logLevel <= request.level else { return }
        // The usual case (no metadata of the handler's own to merge, lines in batches, nothing
        // urgent): the line's facts are kept, and the line written when its batch goes out.
        if metadata.isEmpty, request.level < .warning, case .buffer(let buffer) = output.destination {
            buffer.add(DeferredRequestLine(time: Date(), label: output.label, request: request))
            return
        }
        write(level: request.level, message: RequestLine.message.description, fields: request.forEachField)
    }

    /// One line of this handler, to its destination.
    private func write(level: Logger.Level, message: String, fields: ((String, String) -> Void) -> Void) {
        Self.format(
            time: Date(), level: level, message: message, label: output.label, metadata: metadata, requestId: RequestId.current, fields: fields
        ) { bytes in
            switch output.destination {
            // A line that may explain a failure does not wait for the next batch.
            case .buffer(let buffer): buffer.add(bytes, urgent: level >= .warning)
            case .function(let write): write(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// One line, newline included, lent to `body`: when, how severe, what and from which logger,
    /// then `metadata` (with `requestId` as `request_id` unless the metadata has one) and
    /// `fields` (given in the order of their names; they win on a shared name) merged by name.
    static func format<Result>(
        time: Date, level: Logger.Level, message: String, label: String, metadata: Logger.Metadata, requestId: String?,
        fields: ((String, String) -> Void) -> Void, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        var line = JSONObjectWriter()
        line.append("timestamp", timestamp(time))
        line.append("level", level.rawValue)
        line.append("message", message)
        line.append("label", label)
        withSorted(metadata, requestId: requestId) { own in
            var next = 0
            fields { key, value in
                while next < own.count && own[next].key < key {
                    line.append(own[next].key, own[next].value.description)
                    next += 1
                }
                if next < own.count && own[next].key == key { next += 1 }
                line.append(key, value)
            }
            for field in own[next...] { line.append(field.key, field.value.description) }
        }
        return line.withLine(body)
    }

    /// One metadata entry of a line.
    struct Field {
        var key: String
        var value: Logger.MetadataValue
    }

    /// `metadata`'s entries, and `request_id` if given and not among them, sorted by name and
    /// lent from temporary storage (a handful of entries: no array on the heap, no hashing).
    private static func withSorted<Result>(
        _ metadata: Logger.Metadata, requestId: String? = nil, _ body: (UnsafeMutableBufferPointer<Field>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: Field.self, capacity: metadata.count + 1) { storage in
            var count = 0
            var hasRequestId = false
            for (key, value) in metadata {
                (storage.baseAddress! + count).initialize(to: Field(key: key, value: value))
                count += 1
                hasRequestId = hasRequestId || key == Self.requestIdKey
            }
            if let requestId, !hasRequestId {
                (storage.baseAddress! + count).initialize(to: Field(key: Self.requestIdKey, value: .string(requestId)))
                count += 1
            }
            // Only what was initialized: the storage has room for one more.
            var fields = UnsafeMutableBufferPointer(rebasing: storage[..<count])
            defer { fields.deinitialize() }
            if count > 1 { fields.sort { $0.key < $1.key } }
            return body(fields)
        }
    }

    /// `2025-01-06T10:30:00.123Z`: UTC with milliseconds, rounded down.
    static func timestamp(_ date: Date) -> String {
        UTCTimestamp.stringWithMilliseconds(clamped(date))
    }

    /// `timestamp(date)`'s bytes, appended to `bytes`.
    static func appendTimestamp(_ date: Date, to bytes: inout [UInt8]) {
        UTCTimestamp.appendWithMilliseconds(clamped(date), to: &bytes)
    }

    /// Clocks set before 1970 log as 1970.
    private static func clamped(_ date: Date) -> Date {
        max(date, Date(timeIntervalSince1970: 0))
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
