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
        let fraction = String(microseconds % 1_000)
        return String(microseconds / 1_000) + "." + String(repeating: "0", count: 3 - fraction.utf8.count) + fraction
    }
}
