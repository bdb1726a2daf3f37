import Logging

/// The one log line of every request (`RequestObservationMiddleware`): `request` with its
/// method, route pattern, status, duration and request id. A JSON handler writes it straight
/// into its line (`JSONLogHandler.log(_:)`); any other handler gets it as metadata.
struct RequestLine {
    var method: String
    /// The pattern the router matched (`/api/payments/:id/status`), never the path.
    var route: String
    var status: Int
    var microseconds: Int64
    var requestId: String

    static let message: Logger.Message = "request"

    /// Server errors are errors; everything else is information.
    var level: Logger.Level { status >= 500 ? .error : .info }

    /// The fields in the order of their names, as a JSON line lists metadata.
    func forEachField(_ body: (String, String) -> Void) {
        body("duration_ms", Self.milliseconds(microseconds))
        body("method", method)
        body("request_id", requestId)
        body("route", route)
        body("status", String(status))
    }

    var metadata: Logger.Metadata {
        var metadata: Logger.Metadata = [:]
        forEachField { metadata[$0] = .string($1) }
        return metadata
    }

    /// `12.345` for 12,345 µs, without a format string (this runs on every request).
    static func milliseconds(_ microseconds: Int64) -> String {
        var bytes: [UInt8] = []
        appendMilliseconds(microseconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `milliseconds(microseconds)`'s bytes, appended to `bytes`.
    static func appendMilliseconds(_ microseconds: Int64, to bytes: inout [UInt8]) {
        // A duration is never negative (it is measured on a monotonic clock); 0 stands in if it were.
        let microseconds = max(0, microseconds)
        // Integers up to 15 digits make strings kept inline: no allocation.
        bytes.append(contentsOf: String(microseconds / 1_000).utf8)
        let fraction = Int(microseconds % 1_000)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 100))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10))
    }
}
