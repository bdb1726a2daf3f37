import Domain
import Foundation
import Gateway
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Token buckets per caller and rate class: the headers on every answer, 429 with
/// `Retry-After` past the burst, /graphql charged by static cost.
@Suite("Rate limits")
struct RateLimitTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let payments = RateClass(perMinute: 6, burst: 3)

    @Test("a bucket allows its burst, then refuses and says when the charge fits again")
    func burstThenRefusal() async {
        let store = InMemoryRateLimitStore()
        var remaining: [Int] = []
        for _ in 0..<3 {
            let decision = await store.charge("k", cost: 1, rateClass: payments, now: start)
            #expect(decision.allowed)
            #expect(decision.retryAfter == nil)
            remaining.append(decision.remaining)
        }
        #expect(remaining == [2, 1, 0])
        let refused = await store.charge("k", cost: 1, rateClass: payments, now: start)
        #expect(!refused.allowed)
        #expect(refused.limit == 3)  // the burst: Remaining never exceeds Limit
        #expect(refused.retryAfter == 10)  // 6 a minute: one token every 10 s
        #expect(refused.reset == 1_800_000_030)  // three tokens to refill
    }

    @Test("tokens come back at the steady rate, never beyond the burst; refusals cost nothing")
    func refill() async {
        let store = InMemoryRateLimitStore()
        for _ in 0..<3 { _ = await store.charge("k", cost: 1, rateClass: payments, now: start) }
        _ = await store.charge("k", cost: 1, rateClass: payments, now: start)  // refused
        #expect(await store.charge("k", cost: 1, rateClass: payments, now: start.addingTimeInterval(9)).allowed == false)
        #expect(await store.charge("k", cost: 1, rateClass: payments, now: start.addingTimeInterval(10)).allowed)
        let later = await store.charge("k", cost: 1, rateClass: payments, now: start.addingTimeInterval(3_600))
        #expect(later.allowed)
        #expect(later.remaining == 2)
    }

    @Test("a charge larger than the burst is refused at once; other keys have their own buckets")
    func costsAndKeys() async {
        let store = InMemoryRateLimitStore()
        #expect(await store.charge("big", cost: 4, rateClass: payments, now: start).allowed == false)
        #expect(await store.charge("big", cost: 3, rateClass: payments, now: start).allowed)
        #expect(await store.charge("other", cost: 3, rateClass: payments, now: start).allowed)
    }

    // MARK: - /api

    private func get(_ client: some TestClientProtocol, _ uri: String, token: String?) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer " + token }
        return try await client.execute(uri: uri, method: .get, headers: headers, body: nil) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }

    @Test("a route's class holds each user to its burst (payments: 10), then 429 RATE_LIMIT_EXCEEDED with Retry-After")
    func restRouteLimit() async throws {
        try await RESTAdapterTests.app().test(.router) { client in
            var remaining: [String?] = []
            for _ in 0..<10 {
                let (status, _, headers) = try await get(client, "/api/payments", token: "user")
                #expect(status == .ok)
                #expect(headers[.init("X-RateLimit-Limit")!] == "10")
                #expect(Int(headers[.init("X-RateLimit-Reset")!] ?? "") ?? 0 > Int(Date().timeIntervalSince1970))
                remaining.append(headers[.init("X-RateLimit-Remaining")!])
            }
            #expect(remaining == ["9", "8", "7", "6", "5", "4", "3", "2", "1", "0"])
            let (status, body, headers) = try await get(client, "/api/payments", token: "user")
            #expect(status == .tooManyRequests)
            #expect(body.contains(#""code":"RATE_LIMIT_EXCEEDED""#))
            // One token comes every 12 s; the wall clock moved a little while the ten ran.
            #expect((1...12).contains(Int(headers[.retryAfter] ?? "") ?? 0))
            #expect(headers[.init("X-RateLimit-Remaining")!] == "0")
            // Another user, and another class for the same user, are not held back.
            #expect(try await get(client, "/api/admin/stats", token: "admin").0 == .ok)
            #expect(try await get(client, "/api/payments/p1/status", token: "admin").0 == .ok)
        }
    }

    @Test("every /api answer carries the headers: refusals, unknown routes, anonymous callers by address")
    func headersEverywhere() async throws {
        try await RESTAdapterTests.app().test(.router) { client in
            for (uri, token, expected) in [
                ("/api/payments", nil, HTTPResponse.Status.unauthorized),
                ("/api/nothing", nil, .notFound),
                ("/api/admin/stats", "user", .forbidden),
            ] as [(String, String?, HTTPResponse.Status)] {
                let (status, _, headers) = try await get(client, uri, token: token)
                #expect(status == expected, "\(uri)")
                #expect(headers[.init("X-RateLimit-Limit")!] != nil, "\(uri)")
                #expect(headers[.init("X-RateLimit-Remaining")!] != nil, "\(uri)")
            }
        }
    }

    // MARK: - /graphql

    private func graphQL(_ client: some TestClientProtocol, _ query: String) async throws -> (HTTPResponse.Status, String, HTTPFields) {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[.accept] = "application/graphql-response+json"
        let body = ByteBuffer(string: #"{"query":"\#(query)"}"#)
        return try await client.execute(uri: "/graphql", method: .post, headers: headers, body: body) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }

    @Test("/graphql charges each operation its static cost against the points budget")
    func graphQLPoints() async throws {
        // 30 points a minute, bursts of 60; `{ accounts { id balance } }` costs 1 + 20 × 2 = 41.
        try await GatewayFixture.app { $0.graphQLPointsPerMinute = 30 }.test(.router) { client in
            let (first, _, headers) = try await graphQL(client, "{ accounts { id balance } }")
            #expect(first == .ok)
            #expect(headers[.init("X-RateLimit-Limit")!] == "60")
            #expect(headers[.init("X-RateLimit-Remaining")!] == "19")
            let (refused, body, refusedHeaders) = try await graphQL(client, "{ accounts { id balance } }")
            #expect(refused == .tooManyRequests)
            #expect(body.contains(#""code":"RATE_LIMIT_EXCEEDED""#))
            #expect(!body.contains(#""data""#))
            // 22 more points at half a point a second (less whatever the clock refilled meanwhile).
            #expect((40...44).contains(Int(refusedHeaders[.retryAfter] ?? "") ?? 0))
            // A cheap operation still fits what is left.
            #expect(try await graphQL(client, "{ hello }").0 == .ok)
        }
    }

    @Test("with rate limits off, nothing is charged and no headers are written")
    func disabled() async throws {
        try await GatewayFixture.app { $0.rateLimitsEnabled = false; $0.graphQLPointsPerMinute = 1 }.test(.router) { client in
            for _ in 0..<3 {
                let (status, _, headers) = try await graphQL(client, "{ accounts { id } }")
                #expect(status == .ok)
                #expect(headers[.init("X-RateLimit-Limit")!] == nil)
            }
        }
    }
}
