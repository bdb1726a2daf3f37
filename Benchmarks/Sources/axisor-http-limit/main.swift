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
    guard let viewer = await authenticator.authenticate(authorization: request.headers[.authorization]).viewer,
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
        var json = #"{"success":true,"user":{"id":"#
        json += quoted(user.id) + #","email":"# + quoted(user.email) + #","username":"# + quoted(user.username)
        json += #","firstName":"# + optional(user.firstName) + #","lastName":"# + optional(user.lastName)
        json += #","plan":"# + quoted(user.plan.rawValue) + #","planExpiresAt":"# + optional(user.planExpiresAt.map(date))
        json += #","createdAt":"# + quoted(date(user.createdAt)) + #","lastLoginAt":"# + optional(user.lastLoginAt.map(date))
        json += #","preferences":{"notifications":"# + (user.preferences.notifications ? "true" : "false")
        json += #","theme":"# + quoted(user.preferences.theme.rawValue) + #","language":"# + quoted(user.preferences.language)
        json += #","timezone":"# + quoted(user.preferences.timezone) + "}"
        // No trades are stored yet: the resolver's stats are the same real zeros.
        json += #","stats":{"totalTrades":0,"totalVolume":0,"winRate":0,"profitLoss":0}}}"#
        return Array(json.utf8)
    }

    static func date(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: false))
    }

    static func optional(_ text: String?) -> String {
        text.map(quoted) ?? "null"
    }

    static func quoted(_ text: String) -> String {
        var escaped = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default:
                if character.value < 0x20 {
                    escaped += String(format: "\\u%04x", character.value)
                } else {
                    escaped.unicodeScalars.append(character)
                }
            }
        }
        return escaped + "\""
    }
}
