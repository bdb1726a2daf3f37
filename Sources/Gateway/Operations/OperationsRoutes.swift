import HTTPTypes
import Hummingbird
import NIOCore

/// `/health`: the process answers. `/ready`: every readiness check passes (the database, once
/// there is one), so a load balancer sends traffic only where it can be served. `/metrics`: the
/// Prometheus text exposition.
struct OperationsRoutes {
    let readinessChecks: [@Sendable () async -> Bool]
    let metrics: GatewayMetrics

    func register(on router: Router<GatewayRequestContext>) {
        router.get("/health") { _, _ in
            Response.json(.ok, ByteBuffer(string: #"{"status":"ok"}"#))
        }
        router.get("/ready") { _, _ in
            for check in readinessChecks where await !check() {
                return Response.json(.serviceUnavailable, ByteBuffer(string: #"{"status":"unavailable"}"#))
            }
            return Response.json(.ok, ByteBuffer(string: #"{"status":"ready"}"#))
        }
        let prometheusText = HTTPFields.contentType("text/plain; version=0.0.4; charset=utf-8")
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: prometheusText, body: ResponseBody(byteBuffer: ByteBuffer(string: metrics.render())))
        }
    }
}
