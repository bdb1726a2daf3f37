import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// What every request is observed by: its id (`RequestId`, given to the context, its logger
/// and the response), then one log line and the request metrics — method, route pattern,
/// status, duration and request id. Nothing from headers, query strings or bodies is written,
/// so no token, password or credential can reach the logs.
struct RequestObservationMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext
    let metrics: GatewayMetrics
    let traffic: TrafficTally

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        var context = context
        context.requestId = RequestId.of(request)
        // One id per log line: ours, which the caller sees, rather than Hummingbird's as well
        // (which the JSON handler never stores). The JSON handler reads it from the task; any
        // other handler gets it as the logger's metadata, which costs a copy of the logger and
        // of its dictionary on every request.
        let json = JSONLogHandler.of(context.logger.handler)
        if json == nil {
            context.logger[metadataKey: "hb.request.id"] = nil
            context.logger[metadataKey: "request_id"] = .string(context.requestId)
        }
        do {
            var response = json != nil
                ? try await RequestId.$current.withValue(context.requestId) { try await next(request, context) }
                : try await next(request, context)
            response.headers.set(.requestId, to: context.requestId)
            observe(request, context, json, status: response.status.code, duration: start.duration(to: clock.now))
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            observe(request, context, json, status: status, duration: start.duration(to: clock.now))
            throw error
        }
    }

    /// `json`: the request logger's handler when it is the JSON one, found once per request.
    private func observe(_ request: Request, _ context: Context, _ json: JSONLogHandler?, status: Int, duration: Duration) {
        // The pattern the router matched; unmatched paths share one label.
        let route = context.endpointPath ?? "unmatched"
        let method = request.method.rawValue
        metrics.recordRequest(route: route, method: method, status: status, duration: duration)
        let microseconds = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        traffic.record(status: status, milliseconds: Double(microseconds) / 1_000)
        let line = RequestLine(method: method, route: route, status: status, microseconds: microseconds, requestId: context.requestId)
        // The JSON handler writes the line without a metadata dictionary in between, which
        // would cost more than the rest of the observation.
        if let json {
            json.log(line)
        } else {
            context.logger.log(level: line.level, RequestLine.message, metadata: line.metadata)
        }
    }
}
