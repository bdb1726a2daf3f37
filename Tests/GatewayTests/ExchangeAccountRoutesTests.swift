import Domain
import Foundation
import HTTPTypes
import Storage
import Testing

/// `GET`/`POST /api/user/exchange-accounts` as the seed shows them, and the account mutations
/// over /graphql, through the real service.
@Suite("Exchange account routes")
struct ExchangeAccountRoutesTests {
    static func createJSON(name: String = "Testnet Account", apiKey: String = "api_key_here", isTestnet: Bool = true) -> String {
        #"{"exchange":"lnmarkets","name":"\#(name)","credentials":{"apiKey":"\#(apiKey)","apiSecret":"api_secret_here","passphrase":"passphrase_here","isTestnet":\#(isTestnet)}}"#
    }

    static let accountFields = "id name isActive isTestnet credentials { hasApiKey hasSecret hasPassphrase lastTested } updatedAt"

    @Test("a new user has no accounts and the free plan's limit of one; creating one answers 201 as the seed shows")
    func createAndList() async throws {
        try await ServiceFixture.run { service in
            let token = try await service.trader("alice")
            let empty = try await service.call(.get, "/api/user/exchange-accounts", token: token)
            #expect(empty.status == .ok)
            #expect(empty.json["accounts"] as? [Any] != nil && (empty.json["accounts"] as? [Any])?.isEmpty == true)
            let limits = try #require(empty.json["limits"] as? [String: Any])
            #expect(limits["maxAccounts"] as? Int == 1)
            #expect(limits["currentAccounts"] as? Int == 0)
            #expect(limits["planLimits"] as? [String: Int] == ["free": 1, "basic": 3, "advanced": 5, "pro": 10, "lifetime": 15])

            let created = try await service.call(.post, "/api/user/exchange-accounts", json: Self.createJSON(), token: token)
            #expect(created.status == .created, "\(created.text)")
            #expect(Set(created.json.keys) == ["success", "account"])
            let account = try #require(created.json["account"] as? [String: Any])
            #expect(Set(account.keys) == ["id", "exchange", "name", "isActive", "isTestnet", "credentials", "createdAt"])
            #expect((account["id"] as? String)?.hasPrefix("account_") == true)
            #expect(account["exchange"] as? String == "lnmarkets")
            #expect(account["name"] as? String == "Testnet Account")
            #expect(account["isActive"] as? Bool == true)
            #expect(account["isTestnet"] as? Bool == true)
            let credentials = try #require(account["credentials"] as? [String: Any])
            #expect(credentials["hasApiKey"] as? Bool == true && credentials["hasSecret"] as? Bool == true && credentials["hasPassphrase"] as? Bool == true)
            #expect(credentials["lastTested"] is NSNull)

            let listed = try await service.call(.get, "/api/user/exchange-accounts", token: token)
            let accounts = try #require(listed.json["accounts"] as? [[String: Any]])
            #expect(accounts.map { $0["id"] as? String } == [account["id"] as? String])
            let stats = try #require(accounts[0]["stats"] as? [String: Any])
            #expect(stats["totalPositions"] as? Int == 0 && stats["totalVolume"] as? Int == 0 && stats["lastActivity"] is NSNull)
            #expect((listed.json["limits"] as? [String: Any])?["currentAccounts"] as? Int == 1)
        }
    }

    @Test("the plan's limit holds: a second account on free is 403; on basic three fit, even asked for at once")
    func planLimits() async throws {
        try await ServiceFixture.run { service in
            let token = try await service.trader("alice")
            #expect(try await service.call(.post, "/api/user/exchange-accounts", json: Self.createJSON(name: "one"), token: token).status == .created)
            let refused = try await service.call(.post, "/api/user/exchange-accounts", json: Self.createJSON(name: "two"), token: token)
            #expect(refused.status == .forbidden)
            #expect(refused.errorCode == "PERMISSION_DENIED")
            #expect((refused.json["error"] as? [String: Any])?["message"] as? String == "The free plan allows 1 exchange account; upgrade the plan to add more.")

            try await service.database.query("UPDATE users SET plan = 'basic'", [])
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        try await service.call(.post, "/api/user/exchange-accounts", json: Self.createJSON(name: "parallel \(index)"), token: token).status.code
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 201 }.count == 2)
            #expect(statuses.filter { $0 == 403 }.count == 4)
            let limits = try await service.call(.get, "/api/user/exchange-accounts", token: token).json["limits"] as? [String: Any]
            #expect(limits?["maxAccounts"] as? Int == 3)
            #expect(limits?["currentAccounts"] as? Int == 3)
        }
    }

    @Test("bad input is 400 VALIDATION_ERROR naming each field; a duplicate name is 409; no token is 401")
    func refusals() async throws {
        try await ServiceFixture.run { service in
            let token = try await service.trader("alice")
            let missing = try await service.call(
                .post, "/api/user/exchange-accounts", json: #"{"exchange":"binance","name":"x","credentials":{"apiKey":"k"}}"#, token: token
            )
            #expect(missing.status == .badRequest)
            #expect(((missing.json["error"] as? [String: Any])?["details"] as? [[String: String]])?.map { $0["field"] } == ["exchange", "credentials"])
            let blank = try await service.call(
                .post, "/api/user/exchange-accounts",
                json: #"{"exchange":"lnmarkets","name":"  ","credentials":{"apiKey":"","apiSecret":"s","passphrase":"p\u0000"}}"#, token: token
            )
            #expect(blank.status == .badRequest)
            #expect(((blank.json["error"] as? [String: Any])?["details"] as? [[String: String]])?.map { $0["field"] }
                == ["name", "credentials.apiKey", "credentials.passphrase"])
            try await service.database.query("UPDATE users SET plan = 'pro'", [])
            #expect(try await service.call(.post, "/api/user/exchange-accounts", json: Self.createJSON(name: "Main"), token: token).status == .created)
            let duplicate = try await service.call(.post, "/api/user/exchange-accounts", json: Self.createJSON(name: " Main "), token: token)
            #expect(duplicate.status == .conflict)
            #expect(duplicate.errorCode == "CONFLICT")
            #expect(try await service.call(.get, "/api/user/exchange-accounts").status == .unauthorized)
            #expect(try await service.call(.post, "/api/user/exchange-accounts", json: Self.createJSON()).status == .unauthorized)
        }
    }

    @Test("rename, deactivate, activate, replace credentials and delete over /graphql")
    func mutations() async throws {
        try await ServiceFixture.run { service in
            let token = try await service.trader("alice")
            try await service.database.query("UPDATE users SET plan = 'advanced'", [])
            let id = try #require(
                (try await service.call(.post, "/api/user/exchange-accounts", json: Self.createJSON(name: "Main"), token: token).json["account"]
                    as? [String: Any])?["id"] as? String
            )
            _ = try await service.call(.post, "/api/user/exchange-accounts", json: Self.createJSON(name: "Spare"), token: token)

            let renamed = try await service.graphQL(
                "mutation($id: ID!) { renameExchangeAccount(id: $id, name: \"Renamed\") { \(Self.accountFields) } }", variables: #"{"id":"\#(id)"}"#, token: token
            )
            #expect(Self.account(renamed, "renameExchangeAccount")?["name"] as? String == "Renamed")
            let clash = try await service.graphQL(
                "mutation($id: ID!) { renameExchangeAccount(id: $id, name: \"Spare\") { id } }", variables: #"{"id":"\#(id)"}"#, token: token
            )
            #expect(Self.code(clash) == "CONFLICT")

            let off = try await service.graphQL("mutation($id: ID!) { deactivateExchangeAccount(id: $id) { isActive } }", variables: #"{"id":"\#(id)"}"#, token: token)
            #expect(Self.account(off, "deactivateExchangeAccount")?["isActive"] as? Bool == false)
            let on = try await service.graphQL("mutation($id: ID!) { activateExchangeAccount(id: $id) { isActive } }", variables: #"{"id":"\#(id)"}"#, token: token)
            #expect(Self.account(on, "activateExchangeAccount")?["isActive"] as? Bool == true)

            let replaced = try await service.graphQL(
                """
                mutation($id: ID!) { replaceExchangeAccountCredentials(id: $id, credentials: {apiKey: "new key", apiSecret: "new secret", passphrase: "new pass"}) {
                  \(Self.accountFields) } }
                """, variables: #"{"id":"\#(id)"}"#, token: token
            )
            #expect(Self.account(replaced, "replaceExchangeAccountCredentials")?["isTestnet"] as? Bool == false)
            let services = ExchangeAccountService(
                accounts: SQLExchangeAccountStore(database: service.database), users: SQLUserStore(database: service.database), vault: ServiceFixture.vault
            )
            let userId = try #require(
                (try await service.call(.get, "/api/user/profile", token: token).json["user"] as? [String: Any])?["id"] as? String
            )
            #expect(try await services.credentials(userId: userId, accountId: id) == ExchangeCredentials(apiKey: "new key", apiSecret: "new secret", passphrase: "new pass"))

            let deleted = try await service.graphQL("mutation($id: ID!) { deleteExchangeAccount(id: $id) }", variables: #"{"id":"\#(id)"}"#, token: token)
            #expect((deleted.json["data"] as? [String: Any])?["deleteExchangeAccount"] as? Bool == true)
            let again = try await service.graphQL("mutation($id: ID!) { deleteExchangeAccount(id: $id) }", variables: #"{"id":"\#(id)"}"#, token: token)
            #expect(Self.code(again) == "RESOURCE_NOT_FOUND")
            let remaining = try await service.call(.get, "/api/user/exchange-accounts", token: token).json["accounts"] as? [[String: Any]]
            #expect(remaining?.map { $0["name"] as? String } == ["Spare"])
        }
    }

    static func account(_ reply: RunningService.Reply, _ field: String) -> [String: Any]? {
        (reply.json["data"] as? [String: Any])?[field] as? [String: Any]
    }

    static func code(_ reply: RunningService.Reply) -> String? {
        ((reply.json["errors"] as? [[String: Any]])?.first?["extensions"] as? [String: Any])?["code"] as? String
    }
}
