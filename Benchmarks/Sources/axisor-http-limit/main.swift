import Domain
import Foundation
import Gateway
import HandWrittenRoutes
import Hummingbird
import Logging
import Storage

// The HTTP limits `make bench` measures the gateway against, on the same database
// (`HandWrittenRoutes`: (f0), (f1) and (f1o)).
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

// Logs as `axisor serve` with AXISOR_LOG_FORMAT=json does.
GatewayConfiguration.LogFormat.json.bootstrap()
let router = Router(context: GatewayRequestContext.self)
HandWrittenRoutes.register(on: router, authenticator: authenticator, profiles: profiles)
let app = Application(
    router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "axisor-http-limit"),
    logger: Logger(label: "axisor")
)
try await app.runService()
