import AxisorSchema
import Domain
import GraphQLEngine
import Foundation
import HTTPTypes
import Integrations
import Testing

/// Plan payments and the node's routes through the real service, paid through the fake node.
@Suite("Payment and node routes")
struct PaymentRoutesTests {
    /// A node that cannot be reached, as the LND client reports one (its own tests show it does).
    struct UnreachableNode: LightningBackend {
        func info() async throws -> NodeInfo { throw LightningError("connection refused") }
        func balance() async throws -> WalletBalance { throw LightningError("connection refused") }
        func createInvoice(_ request: InvoiceRequest) async throws -> Invoice { throw LightningError("connection refused") }
        func invoices(pendingOnly: Bool, offset: Int, limit: Int) async throws -> InvoicePage { throw LightningError("connection refused") }
        func invoice(paymentHash: String) async throws -> Invoice? { throw LightningError("connection refused") }
        func invoiceUpdates(afterSettleIndex settleIndex: UInt64) -> AsyncThrowingStream<Invoice, any Error> {
            AsyncThrowingStream { $0.finish(throwing: LightningError("connection refused")) }
        }
    }

    @Test("a plan invoice is real BOLT11 for the plan's price; paying it completes the payment and switches the plan")
    func payForPlan() async throws {
        try await ServiceFixture.run { service in
            let token = try await service.trader("alice")
            let created = try await service.call(.post, "/api/payments/lightning", json: #"{"plan_type":"advanced"}"#, token: token)
            #expect(created.status == .created, "\(created.text)")
            let payment = try #require(created.json["payment"] as? [String: Any])
            #expect(payment["amount"] as? Int == 50_000 && payment["currency"] as? String == "sats" && payment["status"] as? String == "pending")
            let invoice = try #require(payment["invoice"] as? String)
            #expect(invoice.hasPrefix("lnbcrt500u1"))
            let id = try #require(payment["id"] as? String)
            let pending = try await service.call(.get, "/api/payments/\(id)/status", token: token)
            #expect((pending.json["payment"] as? [String: Any])?["status"] as? String == "pending")
            #expect((pending.json["payment"] as? [String: Any])?["completedAt"] is NSNull)

            #expect(try await service.node.simulatePayment(paymentRequest: invoice))
            let paid = try #require(try await service.call(.get, "/api/payments/\(id)/status", token: token).json["payment"] as? [String: Any])
            #expect(paid["status"] as? String == "completed")
            #expect((paid["userPlan"] as? [String: Any])?["type"] as? String == "advanced")
            let profile = try await service.call(.get, "/api/user/profile", token: token).json["user"] as? [String: Any]
            #expect(profile?["plan"] as? String == "advanced")
            #expect(profile?["planExpiresAt"] as? String == (paid["userPlan"] as? [String: Any])?["expiresAt"] as? String)

            let history = try await service.call(.get, "/api/payments?limit=5", token: token)
            #expect((history.json["payments"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
            #expect(history.json["pagination"] as? [String: Int] == ["total": 1, "limit": 5, "offset": 0])
            let admin = try await service.admin()
            let users = try await service.call(.get, "/api/admin/users", token: admin).json["users"] as? [[String: Any]]
            let alice = users?.first { $0["username"] as? String == "alice" }
            #expect(alice?["stats"] as? [String: Int] == ["totalPayments": 1, "totalVolume": 50_000])
        }
    }

    @Test("an unknown plan is 400 with the seed's details; another user's payment is 404; no token is 401")
    func refusals() async throws {
        try await ServiceFixture.run { service in
            let alice = try await service.trader("alice")
            let bob = try await service.trader("bob")
            let unknown = try await service.call(.post, "/api/payments/lightning", json: #"{"plan_type":"gold"}"#, token: alice)
            #expect(unknown.status == .badRequest)
            #expect((unknown.json["error"] as? [String: Any])?["details"] as? [[String: String]]
                == [["field": "plan_type", "message": "Plan type must be one of: basic, advanced, pro, lifetime"]])
            let missing = try await service.call(.post, "/api/payments/lightning", json: "{}", token: alice)
            #expect(missing.status == .badRequest && ((missing.json["error"] as? [String: Any])?["details"] as? [[String: String]])?.first?["field"] == "plan_type")
            let created = try await service.call(.post, "/api/payments/lightning", json: #"{"plan_type":"basic"}"#, token: alice)
            let id = try #require((created.json["payment"] as? [String: Any])?["id"] as? String)
            let foreign = try await service.call(.get, "/api/payments/\(id)/status", token: bob)
            #expect(foreign.status == .notFound && foreign.errorCode == "RESOURCE_NOT_FOUND")
            #expect(try await service.call(.get, "/api/payments/payment_nope/status", token: alice).status == .notFound)
            #expect((try await service.call(.get, "/api/payments", token: bob).json["pagination"] as? [String: Int])?["total"] == 0)
            #expect(try await service.call(.get, "/api/payments").status == .unauthorized)
            #expect(try await service.call(.get, "/api/lnd/info").status == .unauthorized)
            #expect(try await service.call(.get, "/api/payments?limit=0", token: alice).status == .badRequest)
        }
    }

    @Test("only admins simulate payments; an unknown invoice is 404, a paid one answers false")
    func simulation() async throws {
        try await ServiceFixture.run { service in
            let trader = try await service.trader("alice")
            let admin = try await service.admin()
            let invoice = try #require(
                ((try await service.call(.post, "/api/payments/lightning", json: #"{"plan_type":"pro"}"#, token: trader)).json["payment"] as? [String: Any])?["invoice"] as? String
            )
            let mutation = "mutation($r: String!) { simulateInvoicePayment(paymentRequest: $r) }"
            #expect(ExchangeAccountRoutesTests.code(try await service.graphQL(mutation, variables: #"{"r":"\#(invoice)"}"#, token: trader)) == "PERMISSION_DENIED")
            #expect((try await service.graphQL(mutation, variables: #"{"r":"\#(invoice)"}"#, token: admin).json["data"] as? [String: Bool])?["simulateInvoicePayment"] == true)
            #expect((try await service.graphQL(mutation, variables: #"{"r":"\#(invoice)"}"#, token: admin).json["data"] as? [String: Bool])?["simulateInvoicePayment"] == false)
            #expect(ExchangeAccountRoutesTests.code(try await service.graphQL(mutation, variables: #"{"r":"lnbcrt1nothing"}"#, token: admin)) == "RESOURCE_NOT_FOUND")
        }
    }

    @Test("simulateInvoicePayment exists only in the schema of the fake node")
    func simulationOnlyWithFakeNode() throws {
        let mutation = { (schema: Schema) in schema[typeNamed: "Mutation"]?.fields.map(\.name) ?? [] }
        #expect(!mutation(try AxisorSchema.load()).contains("simulateInvoicePayment"))
        #expect(mutation(try AxisorSchema.load(simulations: [.fakeLightning])).contains("simulateInvoicePayment"))
    }

    @Test("the node's routes answer as the seed shows, balances as strings; a node that cannot be reached is 503")
    func nodeRoutes() async throws {
        try await ServiceFixture.run { service in
            let token = try await service.trader("alice")
            let info = try #require(try await service.call(.get, "/api/lnd/info", token: token).json["info"] as? [String: Any])
            #expect(info["identity_pubkey"] as? String == service.node.identityPubkey)
            let balance = try #require(try await service.call(.get, "/api/lnd/wallet/balance", token: token).json["balance"] as? [String: Any])
            #expect(balance["total_balance"] as? String == "5950000" && balance["channel_balance"] as? String == "5000000")
            let made = try await service.call(.post, "/api/lnd/invoices", json: #"{"value":1000,"memo":"Payment for services","expiry":3600}"#, token: token)
            #expect(made.status == .created)
            let invoice = try #require(made.json["invoice"] as? [String: Any])
            #expect((invoice["payment_request"] as? String)?.hasPrefix("lnbcrt10u1") == true && invoice["add_index"] as? String == "1")
            let bad = try await service.call(.post, "/api/lnd/invoices", json: #"{"value":-5,"expiry":5}"#, token: token)
            #expect(((bad.json["error"] as? [String: Any])?["details"] as? [[String: String]])?.map { $0["field"] } == ["value", "expiry"])
            let listed = try await service.call(.get, "/api/lnd/invoices?pending_only=true", token: token)
            let invoices = try #require(listed.json["invoices"] as? [[String: Any]])
            #expect(invoices.map { $0["value"] as? String } == ["1000"] && invoices.first?["state"] as? String == "OPEN")
            #expect((listed.json["pagination"] as? [String: Int])?["total"] == 1)
        }
        try await ServiceFixture.run(lightning: UnreachableNode()) { service in
            let token = try await service.trader("alice")
            for (method, path, json) in [
                (HTTPRequest.Method.get, "/api/lnd/info", nil), (.get, "/api/lnd/wallet/balance", nil), (.get, "/api/lnd/invoices", nil),
                (.post, "/api/lnd/invoices", #"{"value":1000}"#), (.post, "/api/payments/lightning", #"{"plan_type":"basic"}"#),
            ] as [(HTTPRequest.Method, String, String?)] {
                let reply = try await service.call(method, path, json: json, token: token)
                #expect(reply.status == .serviceUnavailable && reply.errorCode == "SERVICE_UNAVAILABLE", "\(path): \(reply.text)")
            }
        }
    }
}
