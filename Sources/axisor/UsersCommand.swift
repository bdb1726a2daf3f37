import ArgumentParser
import Domain
import Foundation
import Gateway
import Logging
import Resolvers
import Storage

/// `axisor users create|list`: accounts from the command line, on the configured database.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Create and list accounts.",
        subcommands: [Create.self, List.self]
    )

    /// The configured database, migrated, with the identity services over it.
    static func withServices<Result>(
        config: ConfigurationOption, _ body: (AuthService, UserDirectory) async throws -> Result
    ) async throws -> Result {
        let configuration = try config.load()
        let database = try await Database.openMigrated(configuration.database, logger: Logger(label: "axisor.users"))
        // Creating accounts issues no token; the issuer is the server's, for completeness.
        let users = SQLUserStore(database: database)
        let auth = AuthService(
            users: users, refreshTokens: SQLRefreshTokenStore(database: database), issuer: await JWTAuthenticator(settings: configuration.tokens ?? .ephemeral())
        )
        do {
            let result = try await body(auth, UserDirectory(users: users))
            try await database.close()
            return result
        } catch {
            try? await database.close()
            throw error
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account; the password is read from standard input (never an argument, which `ps` would show)."
        )

        @OptionGroup var config: ConfigurationOption
        @Option(name: .long) var email: String
        @Option(name: .long) var username: String
        @Flag(name: .long, help: "Give the account the admin role.") var admin = false

        func run() async throws {
            let password = readLine(strippingNewline: true) ?? ""
            do {
                let user = try await UsersCommand.withServices(config: config) { auth, _ in
                    try await auth.createAccount(email: email, username: username, password: password, isAdmin: admin)
                }
                print("created \(user.id) \(user.email)\(user.isAdmin ? " (admin)" : "")")
            } catch let error as IdentityError {
                StandardError.write(Self.explain(error))
                throw ExitCode(1)
            }
        }

        static func explain(_ error: IdentityError) -> String {
            switch error {
            case .invalid(let problems): problems.map { "\($0.field) \($0.message)" }.joined(separator: "\n")
            case .taken(let field): "that \(field) is already registered"
            case .wrongCredentials, .invalidRefreshToken, .deactivated, .unknownUser: "\(error)"
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts, newest first.")

        @OptionGroup var config: ConfigurationOption
        @Option(name: .long, help: "At most this many (1 to 200).") var limit = 50
        @Option(name: .long) var offset = 0
        @Option(name: .long, help: "free, basic, advanced, pro or lifetime.") var plan: String?

        func run() async throws {
            let plan: Plan? = try self.plan.map { name in
                guard let plan = Plan(rawValue: name) else { throw ValidationError("--plan must be one of \(Plan.allCases.map(\.rawValue).joined(separator: ", "))") }
                return plan
            }
            let page = try await UsersCommand.withServices(config: config) { _, directory in
                try await directory.page(limit: limit, offset: offset, plan: plan)
            }
            for user in page.users {
                print([user.id, user.email, user.username, user.plan.rawValue, user.status.rawValue, user.isAdmin ? "admin" : "user"].joined(separator: "\t"))
            }
            print("\(page.users.count) of \(page.total)")
        }
    }
}
