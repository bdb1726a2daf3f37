import Foundation
import Gateway
import GraphQLEngine
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// `/api/openapi.json`, generated from the route table (its validity per openapi-spec-validator
/// is checked by `make conformance`).
@Suite("OpenAPI")
struct OpenAPITests {
    private func document() async throws -> [String: Any] {
        try await RESTAdapterTests.app().test(.router) { client in
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(response.headers[.init("X-RateLimit-Limit")!] != nil)
                return try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
            }
        }
    }

    private func value(_ root: Any, _ path: String...) -> Any? {
        path.reduce(Optional(root)) { node, key in
            if let index = Int(key), let list = node as? [Any] { return list.indices.contains(index) ? list[index] : nil }
            return (node as? [String: Any])?[key]
        }
    }

    @Test("every route is a path with {name} segments, grouped by method")
    func paths() async throws {
        let document = try await document()
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: Any])
        #expect(Set(paths.keys) == ["/api/payments/{id}/status", "/api/payments", "/api/payments/lightning", "/api/admin/stats", "/api/public/secret"])
        #expect(value(document, "paths", "/api/payments/{id}/status", "get", "operationId") as? String == "PaymentStatus")
        #expect(value(document, "paths", "/api/admin/stats", "get", "operationId") as? String == "getApiAdminStats")
    }

    @Test("parameters and bodies come from the variables' types")
    func parameters() async throws {
        let document = try await document()
        let status = "/api/payments/{id}/status"
        #expect(value(document, "paths", status, "get", "parameters", "0", "name") as? String == "id")
        #expect(value(document, "paths", status, "get", "parameters", "0", "in") as? String == "path")
        #expect(value(document, "paths", status, "get", "parameters", "0", "required") as? Bool == true)
        let list = "/api/payments"
        #expect(value(document, "paths", list, "get", "parameters", "1", "schema", "enum") as? [String] == ["pending", "completed"])
        #expect(value(document, "paths", list, "get", "parameters", "0", "schema", "type") as? String == "integer")
        let body = try #require(value(document, "paths", "/api/payments/lightning", "post", "requestBody", "content", "application/json", "schema") as? [String: Any])
        #expect(value(body, "properties", "plan_type", "type") as? String == "string")
        #expect(body["required"] as? [String] == ["plan_type"])
    }

    @Test("responses describe the selection beside success: true, and the error envelope by status")
    func responses() async throws {
        let document = try await document()
        let created = try #require(value(document, "paths", "/api/payments/lightning", "post", "responses", "201", "content", "application/json", "schema") as? [String: Any])
        #expect(created["required"] as? [String] == ["success", "payment"])
        #expect(value(created, "properties", "payment", "properties", "amount", "type") as? String == "integer")
        #expect(value(created, "properties", "payment", "properties", "status", "enum") as? [String] == ["pending", "completed"])
        // The named field of a notFound route is never null in a success.
        #expect(value(document, "paths", "/api/payments/{id}/status", "get", "responses", "200", "content", "application/json", "schema", "properties", "payment", "type") as? String == "object")
        #expect(value(document, "paths", "/api/admin/stats", "get", "responses", "403", "$ref") as? String == "#/components/responses/403")
        #expect(value(document, "paths", "/api/public/secret", "get", "responses", "401") == nil)
        #expect(value(document, "paths", "/api/public/secret", "get", "security") == nil)
        #expect(value(document, "paths", "/api/payments", "get", "security", "0", "bearerAuth") != nil)
        #expect(value(document, "components", "responses", "429", "headers", "Retry-After") != nil)
    }
}
