import Foundation
@testable import Gateway
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing

/// What operators rely on: /metrics, CORS for configured origins, and logs that carry the
/// request id of a masked error but never a credential.
@Suite("Operations")
struct OperationsTests {
    private func post(_ client: some TestClientProtocol, _ query: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = extra
        headers[.contentType] = "application/json"
        return try await client.execute(uri: "/graphql", method: .post, headers: headers, body: ByteBuffer(string: #"{"query":"\#(query)"}"#)) { $0 }
    }

    @Test("/metrics counts requests by route and status, operations, errors by code, and rate-limit rejections")
    func metrics() async throws {
        try await GatewayFixture.app { $0.graphQLPointsPerMinute = 1 }.test(.router) { client in
            _ = try await post(client, "{ hello }")
            _ = try await post(client, "{ hello }")
            _ = try await post(client, "{ hello }")  // over the burst of 2
            _ = try await post(client, "{ nope }")
            let response = try await client.execute(uri: "/metrics", method: .get) { $0 }
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = String(buffer: response.body)
            #expect(text.contains(#"axisor_http_requests_total{route="/graphql",method="POST",status="200"} 3"#))
            #expect(text.contains(#"axisor_http_requests_total{route="/graphql",method="POST",status="429"} 1"#))
            #expect(text.contains(#"axisor_http_request_duration_seconds_count{route="/graphql",method="POST",status="200"} 3"#))
            #expect(text.contains(#"axisor_graphql_operations_total{operation="query"} 2"#))
            #expect(text.contains(#"axisor_graphql_errors_total{code="RATE_LIMIT_EXCEEDED"} 1"#) == false)  // refused before it ran: a rejection, not an execution
            #expect(text.contains(#"axisor_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1"#))
            #expect(text.contains(#"axisor_rate_limit_rejections_total{class="graphql"} 1"#))
        }
    }

    @Test("CORS: allowed origins get preflights and exposed headers; others get nothing")
    func cors() async throws {
        try await GatewayFixture.app { $0.corsOrigins = ["https://app.axisor.example"] }.test(.router) { client in
            let preflight = try await client.execute(uri: "/graphql", method: .options, headers: [
                .origin: "https://app.axisor.example", .accessControlRequestMethod: "POST",
            ]) { $0 }
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowOrigin] == "https://app.axisor.example")
            #expect(preflight.headers[.accessControlAllowHeaders]?.contains("Authorization") == true)
            #expect(preflight.headers[.accessControlAllowMethods]?.contains("POST") == true)

            let allowed = try await post(client, "{ hello }", headers: [.origin: "https://app.axisor.example"])
            #expect(allowed.headers[.accessControlAllowOrigin] == "https://app.axisor.example")
            #expect(allowed.headers[.accessControlExposeHeaders]?.contains("X-RateLimit-Remaining") == true)
            #expect(allowed.headers[.vary] == "Origin")

            let foreignPreflight = try await client.execute(uri: "/graphql", method: .options, headers: [
                .origin: "https://evil.example", .accessControlRequestMethod: "POST",
            ]) { $0 }
            #expect(foreignPreflight.status == .forbidden)
            #expect(foreignPreflight.headers[.accessControlAllowOrigin] == nil)
            let foreign = try await post(client, "{ hello }", headers: [.origin: "https://evil.example"])
            #expect(foreign.status == .ok)
            #expect(foreign.headers[.accessControlAllowOrigin] == nil)
        }
    }

    @Test("without configured origins there are no CORS headers at all")
    func noCORS() async throws {
        try await GatewayFixture.app().test(.router) { client in
            let response = try await post(client, "{ hello }", headers: [.origin: "https://app.axisor.example"])
            #expect(response.headers[.accessControlAllowOrigin] == nil)
        }
    }

    @Test("a masked error is logged with its request id and path; the request line has route, status and duration, never the token")
    func logs() async throws {
        let records = LogRecords()
        try await GatewayFixture.app(logger: records.logger).test(.router) { client in
            let response = try await post(client, "{ broken }", headers: [.init("X-Request-Id")!: "req-log-1", .cookie: "session=very-secret-token"])
            #expect(String(buffer: response.body).contains("Internal server error."))
            #expect(!String(buffer: response.body).contains("LedgerUnreachable"))
        }
        let lines = records.lines.withLock { $0 }
        #expect(lines.contains { $0.hasPrefix("error resolver failed") && $0.contains("LedgerUnreachable") && $0.contains("path=broken") && $0.contains("request_id=req-log-1") })
        #expect(lines.contains { $0.hasPrefix("info request") && $0.contains("route=/graphql") && $0.contains("status=200") && $0.contains("duration_ms=") && $0.contains("request_id=req-log-1") })
        #expect(!lines.contains { $0.contains("very-secret-token") })
        // One request id per line: the gateway's, not Hummingbird's as well.
        #expect(!lines.contains { $0.contains("hb.request.id") })
    }

    @Test("JSON log lines: a UTC timestamp with milliseconds, then level, message, label and the metadata by name")
    func jsonLogLine() throws {
        let written = Mutex<[String]>([])
        var handler = JSONLogHandler(label: "axisor") { line in written.withLock { $0.append(line) } }
        handler[metadataKey: "request_id"] = "req_1"
        let logger = Logger(label: "axisor") { _ in handler }
        logger.info("request", metadata: ["status": "200", "duration_ms": "0.042"])
        let line = try #require(written.withLock { $0.first })
        let timestamp = try #require(line.firstMatch(of: /"timestamp":"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"/)?.1)
        #expect(line.hasSuffix(#","level":"info","message":"request","label":"axisor","duration_ms":"0.042","request_id":"req_1","status":"200"}"# + "\n"))
        let parsed = try #require(try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(String(timestamp)))
        #expect(abs(parsed.timeIntervalSinceNow) < 60)
    }

    @Test("the request line written by the JSON handler itself is the line its metadata would make: fields by name, the line's winning a shared name")
    func jsonRequestLine() throws {
        let written = Mutex<[String]>([])
        var handler = JSONLogHandler(label: "axisor") { line in written.withLock { $0.append(line) } }
        for (key, value) in ["a": "first", "request_id": "the handler's", "route": "the handler's", "zz": "last"] {
            handler[metadataKey: key] = .string(value)
        }
        let request = RequestLine(method: "GET", route: "/api/user/profile", status: 200, microseconds: 1_234, requestId: "req_1")
        handler.log(request)
        Logger(label: "axisor") { _ in handler }.log(level: request.level, RequestLine.message, metadata: request.metadata)
        let lines = written.withLock { $0 }.map { $0.replacing(/"timestamp":"[^"]*"/, with: "") }
        #expect(lines.count == 2)
        #expect(lines.first == lines.last)
        #expect(lines.first?.hasSuffix(
            #","level":"info","message":"request","label":"axisor","a":"first","duration_ms":"1.234","method":"GET","request_id":"req_1","route":"/api/user/profile","status":"200","zz":"last"}"# + "\n"
        ) == true)
    }

    @Test("the JSON handler's level holds for request lines: above info only server errors are written")
    func jsonRequestLineLevel() {
        let written = Mutex<[String]>([])
        var handler = JSONLogHandler(label: "axisor") { line in written.withLock { $0.append(line) } }
        handler.logLevel = .warning
        handler.log(RequestLine(method: "GET", route: "/health", status: 200, microseconds: 10, requestId: "req_1"))
        handler.log(RequestLine(method: "POST", route: "/graphql", status: 503, microseconds: 10, requestId: "req_2"))
        let lines = written.withLock { $0 }
        #expect(lines.count == 1)
        #expect(lines.first?.contains(#""level":"error","message":"request""#) == true)
        #expect(lines.first?.contains(#""status":"503""#) == true)
    }

    @Test("a handler with no metadata of its own writes the request line's fields alone")
    func jsonRequestLineWithoutMetadata() {
        let written = Mutex<[String]>([])
        let handler = JSONLogHandler(label: "axisor") { line in written.withLock { $0.append(line) } }
        handler.log(RequestLine(method: "DELETE", route: "unmatched", status: 404, microseconds: 7, requestId: "req_1"))
        // The task's request id gives way to the line's own, as a metadata entry would.
        RequestId.$current.withValue("req_task") {
            handler.log(RequestLine(method: "DELETE", route: "unmatched", status: 404, microseconds: 7, requestId: "req_1"))
        }
        let lines = written.withLock { $0 }
        #expect(lines.count == 2)
        for line in lines {
            #expect(line.hasSuffix(#""label":"axisor","duration_ms":"0.007","method":"DELETE","request_id":"req_1","route":"unmatched","status":"404"}"# + "\n"))
        }
    }

    @Test("the JSON handler keeps no Hummingbird request id and writes the id of the request its task serves, unless given one")
    func jsonRequestIdFromTask() throws {
        let written = Mutex<[String]>([])
        var handler = JSONLogHandler(label: "axisor") { line in written.withLock { $0.append(line) } }
        handler[metadataKey: "hb.request.id"] = "hummingbird's"
        #expect(handler.metadata.isEmpty)
        let logger = Logger(label: "axisor") { _ in handler }
        RequestId.$current.withValue("req_2") {
            logger.info("inside", metadata: ["zz": "last"])
        }
        logger.info("outside")
        var identified = logger
        identified[metadataKey: "request_id"] = "the logger's"
        RequestId.$current.withValue("req_3") { identified.info("own") }
        let lines = written.withLock { $0 }
        #expect(lines.count == 3)
        #expect(lines[0].hasSuffix(#""message":"inside","label":"axisor","request_id":"req_2","zz":"last"}"# + "\n"))
        #expect(lines[1].hasSuffix(#""message":"outside","label":"axisor"}"# + "\n"))
        #expect(lines[2].hasSuffix(#""message":"own","label":"axisor","request_id":"the logger's"}"# + "\n"))
        #expect(!lines.contains { $0.contains("hb.request.id") || $0.contains("hummingbird's") })
    }

    @Test("behind the gateway, JSON lines of a masked error and of the request carry the caller's request id, once")
    func jsonLogsCarryRequestId() async throws {
        let written = Mutex<[String]>([])
        let logger = Logger(label: "axisor") { label in JSONLogHandler(label: label) { line in written.withLock { $0.append(line) } } }
        try await GatewayFixture.app(logger: logger).test(.router) { client in
            let response = try await post(client, "{ broken }", headers: [.init("X-Request-Id")!: "req-log-2"])
            #expect(response.headers[.init("X-Request-Id")!] == "req-log-2")
        }
        let lines = written.withLock { $0 }
        #expect(lines.contains { $0.contains(#""message":"resolver failed""#) && $0.contains(#""path":"broken""#) && $0.contains(#""request_id":"req-log-2""#) })
        #expect(lines.contains { $0.contains(#""message":"request""#) && $0.contains(#""route":"/graphql""#) && $0.contains(#""request_id":"req-log-2""#) })
        #expect(lines.allSatisfy { $0.components(separatedBy: "request_id").count <= 2 && !$0.contains("hb.request.id") })
    }

    @Test("a logger's handler is found to be the JSON one only when it is")
    func jsonHandlerOfLogger() {
        var handler = JSONLogHandler(label: "axisor") { _ in }
        handler.logLevel = .warning
        let found = JSONLogHandler.of(Logger(label: "axisor") { _ in handler }.handler)
        #expect(found?.logLevel == .warning)
        #expect(JSONLogHandler.of(Logger(label: "axisor") { StreamLogHandler.standardOutput(label: $0) }.handler) == nil)
        #expect(JSONLogHandler.of(SwiftLogNoOpLogHandler()) == nil)
    }

    @Test("the JSON handler fits in a logger's inline storage: giving a request's logger its id copies no box")
    func jsonLogHandlerSize() {
        #expect(MemoryLayout<JSONLogHandler>.size <= 3 * MemoryLayout<Int>.size)
    }

    @Test("timestamps are UTC to the millisecond, padded, rounded down")
    func timestamps() {
        #expect(JSONLogHandler.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(JSONLogHandler.timestamp(Date(timeIntervalSince1970: 1_736_159_400.1239)) == "2025-01-06T10:30:00.123Z")
        #expect(JSONLogHandler.timestamp(Date(timeIntervalSince1970: 951_782_400.007)) == "2000-02-29T00:00:00.007Z")
        #expect(JSONLogHandler.timestamp(Date(timeIntervalSince1970: 253_402_300_799.999)) == "9999-12-31T23:59:59.999Z")
        #expect(JSONLogHandler.timestamp(Date(timeIntervalSince1970: -1)) == "1970-01-01T00:00:00.000Z")
    }

    @Test("request durations are logged in milliseconds with three decimals")
    func durations() {
        #expect(RequestLine.milliseconds(12_345) == "12.345")
        #expect(RequestLine.milliseconds(42) == "0.042")
        #expect(RequestLine.milliseconds(1_000) == "1.000")
    }
}
