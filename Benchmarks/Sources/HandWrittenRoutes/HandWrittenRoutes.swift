import BenchData
import Domain
import Foundation
import Gateway
import HTTPTypes
import Hummingbird
import NIOCore

/// The hand-written routes the gateway is measured against, on the same JWT check, domain
/// service and store as `GET /api/user/profile`, with no engine and no adapter:
/// (f0) GET /f0 answers fixed bytes: what the transport costs;
/// (f1) GET /api/user/profile writes the same JSON bytes as the REST adapter's route;
/// (f1o) GET /observed/api/user/profile: the same route behind the gateway's observation
///      middleware (request id, a JSON log line, metrics), as every gateway route is.
public enum HandWrittenRoutes {
    public static func register(on router: Router<GatewayRequestContext>, authenticator: JWTAuthenticator, profiles: ProfileService) {
        let fixed = ByteBuffer(string: #"{"success":true,"message":"fixed bytes of the transport's limit"}"#)
        @Sendable func profile(_ request: Request) async throws -> Response {
            guard let viewer = await authenticator.authenticate(authorization: request.headers.value(of: .authorization)).viewer,
                  let body = try await profileBody(userId: viewer.userId, profiles: profiles) else {
                return Response(status: .unauthorized)
            }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
        router.get("/f0") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: fixed))
        }
        router.get("/api/user/profile") { request, _ in try await profile(request) }
        router.group("observed").addObservation(metrics: GatewayMetrics(), traffic: TrafficTally()).get("api/user/profile") { request, _ in
            try await profile(request)
        }
    }
}

extension HandWrittenRoutes {
    /// What (f1) does once its caller is known, without HTTP: the profile read and written as
    /// the JSON body. Public so that the in-process benchmark can time it beside the engine.
    public static func profileBody(userId: String, profiles: ProfileService) async throws -> [UInt8]? {
        try await profiles.profile(userId: userId).map(ProfileJSON.bytes)
    }
}

/// `{"success":true,"user":{…}}` as the REST adapter writes GET /api/user/profile.
enum ProfileJSON {
    static func bytes(_ user: User) -> [UInt8] {
        var json = JSONWriter()
        json.raw(#"{"success":true,"user":{"id":"#)
        json.string(user.id)
        json.raw(#","email":"#)
        json.string(user.email)
        json.raw(#","username":"#)
        json.string(user.username)
        json.raw(#","firstName":"#)
        json.string(user.firstName)
        json.raw(#","lastName":"#)
        json.string(user.lastName)
        json.raw(#","plan":"#)
        json.string(user.plan.rawValue)
        json.raw(#","planExpiresAt":"#)
        json.string(user.planExpiresAt.map(date))
        json.raw(#","createdAt":"#)
        json.string(date(user.createdAt))
        json.raw(#","lastLoginAt":"#)
        json.string(user.lastLoginAt.map(date))
        json.raw(#","preferences":{"notifications":"#)
        json.boolean(user.preferences.notifications)
        json.raw(#","theme":"#)
        json.string(user.preferences.theme.rawValue)
        json.raw(#","language":"#)
        json.string(user.preferences.language)
        json.raw(#","timezone":"#)
        json.string(user.preferences.timezone)
        // No trades are stored yet: the resolver's stats are the same real zeros.
        json.raw(#"},"stats":{"totalTrades":0,"totalVolume":0,"winRate":0,"profitLoss":0}}}"#)
        return json.bytes
    }

    // The product's own formatter: what a hand-written route of the gateway would call.
    static func date(_ date: Date) -> String {
        UTCTimestamp.string(date)
    }
}
