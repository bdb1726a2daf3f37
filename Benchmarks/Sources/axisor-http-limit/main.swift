import BenchData
import Domain
import Foundation
import Gateway
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Storage

// The HTTP limits `make bench` measures the gateway against, on the same database:
// (f0) GET /f0 answers fixed bytes: what the transport costs;
// (f1) GET /api/user/profile, written by hand: the same JWT check, the same domain service and
//      store, the same JSON bytes as the REST adapter's route, with no engine and no adapter;
// (f1o) GET /observed/api/user/profile: the same route behind the gateway's observation
//      middleware (request id, a JSON log line to stdout, metrics), as every gateway route is.
//
// axisor-http-limit PORT DATABASE_PATH JWT_SECRET

let arguments = CommandLine.arguments
guard arguments.count == 4, let port = Int(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: axisor-http-limit PORT DATABASE_PATH JWT_SECRET\n".utf8))
    exit(2)
}
let database = try await SQLiteDatabase.open(path: arguments[2])
let profiles = ProfileService(users: SQLUserStore(database: database))
let authenticator = await JWTAuthenticator(settings: TokenSettings(secret: Array(arguments[3].utf8)))
let fixed = ByteBuffer(string: #"{"success":true,"message":"fixed bytes of the transport's limit"}"#)

@Sendable func profile(_ request: Request) async throws -> Response {
    guard let viewer = await authenticator.authenticate(authorization: request.headers.value(of: .authorization)).viewer,
          let user = try await profiles.profile(userId: viewer.userId) else {
        return Response(status: .unauthorized)
    }
    return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: ProfileJSON.bytes(user))))
}

// Logs as `axisor serve` with AXISOR_LOG_FORMAT=json does.
GatewayConfiguration.LogFormat.json.bootstrap()
let router = Router(context: GatewayRequestContext.self)
router.get("/f0") { _, _ in
    Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: fixed))
}
router.get("/api/user/profile") { request, _ in try await profile(request) }
router.group("observed").addObservation(metrics: GatewayMetrics(), traffic: TrafficTally()).get("api/user/profile") { request, _ in
    try await profile(request)
}
let app = Application(
    router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "axisor-http-limit"),
    logger: Logger(label: "axisor")
)
try await app.runService()

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
