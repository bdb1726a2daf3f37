import Foundation
import Gateway
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The GraphQL-over-HTTP server audits of the graphql-http project, one case per audit id,
/// each a MUST or SHOULD that /graphql meets (the MAYs it implements are here too).
@Suite("GraphQL over HTTP compliance")
struct GraphQLOverHTTPComplianceTests {
    static let graphQLResponse = "application/graphql-response+json"
    static let json = "application/json"

    /// One audited request and what the answer must be.
    struct Audit: Sendable, CustomTestStringConvertible {
        var id: String
        var rule: String
        var method: HTTPRequest.Method = .post
        /// Query string for GET.
        var query: String? = nil
        var contentType: String? = "application/json"
        var accept: String? = nil
        var body: String? = nil
        var status: ClosedRange<Int> = 200...200
        var responseType: String? = nil
        var hasErrors: Bool? = nil
        var hasData: Bool? = nil

        var testDescription: String { "\(id) \(rule)" }
    }

    static func post(_ id: String, _ rule: String, accept: String?, body: String, status: ClosedRange<Int>, errors: Bool? = nil, data: Bool? = nil) -> Audit {
        Audit(id: id, rule: rule, accept: accept, body: body, status: status, hasErrors: errors, hasData: data)
    }

    static let typename = #"{"query":"{ __typename }"}"#
    /// A non-string, non-map value of each JSON kind, as the audits send them.
    static let wrongKinds: [(String, String)] = [("object", #"{"obj":"ect"}"#), ("number", "0"), ("boolean", "false"), ("array", #"["array"]"#)]
    static let notMaps: [(String, String)] = [("string", #""string""#), ("number", "0"), ("boolean", "false"), ("array", #"["array"]"#)]

    static let audits: [Audit] = {
        var audits: [Audit] = [
            Audit(id: "22EB", rule: "SHOULD accept application/graphql-response+json and match the content-type", accept: graphQLResponse, body: typename, responseType: graphQLResponse),
            Audit(id: "4655", rule: "MUST accept application/json and match the content-type", accept: json, body: typename, responseType: json),
            Audit(id: "47DE", rule: "SHOULD accept */* and use application/json for the content-type", accept: "*/*", body: typename, responseType: json),
            Audit(id: "80D8", rule: "SHOULD assume application/json content-type when accept is missing", method: .get, query: "query=%7B%20__typename%20%7D", contentType: nil, responseType: json),
            Audit(id: "82A3", rule: "MUST use utf-8 encoding when responding", body: typename, responseType: "charset=utf-8"),
            Audit(id: "BF61", rule: "MUST accept utf-8 encoded request", contentType: "application/json; charset=utf-8", body: typename),
            Audit(id: "78D5", rule: "MUST assume utf-8 in request if encoding is unspecified", body: #"{"query":"{ __type(name: \"Run🏃Swim🏊\") { name } }"}"#),
            Audit(id: "2C94", rule: "MUST accept POST requests", body: typename),
            Audit(id: "5A70", rule: "MAY accept application/x-www-form-urlencoded formatted GET requests", method: .get, query: "query=%7B__typename%7D", contentType: nil),
            Audit(id: "9C48", rule: "MUST NOT allow executing mutations on GET requests", method: .get, query: "query=mutation%20%7B%20__typename%20%7D", contentType: nil, accept: graphQLResponse, status: 400...499),
            Audit(id: "9ABE", rule: "SHOULD respond with 4xx status code if content-type is not supplied on POST requests", contentType: nil, status: 400...499),
            Audit(id: "03D4", rule: "MUST accept application/json POST requests", body: typename),
            Audit(id: "7267", rule: "MUST require a request body on POST", accept: json, hasErrors: true),
            post("6610", "SHOULD use 400 status code on missing {query} parameter when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"notquery":"{ __typename }"}"#, status: 400...400),
            post("3715", "SHOULD use 200 status code with errors field on missing {query} parameter when accepting application/json", accept: json, body: #"{"notquery":"{ __typename }"}"#, status: 200...200, errors: true),
            post("34A2", "SHOULD allow string {query} parameter when accepting application/graphql-response+json", accept: graphQLResponse, body: typename, status: 200...200),
            post("13EE", "MUST allow string {query} parameter when accepting application/json", accept: json, body: typename, status: 200...200, errors: false),
            post("8161", "SHOULD allow string {operationName} parameter when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"operationName":"Query","query":"query Query { __typename }"}"#, status: 200...200),
            post("B8B3", "MUST allow string {operationName} parameter when accepting application/json", accept: json, body: #"{"operationName":"Query","query":"query Query { __typename }"}"#, status: 200...200, errors: false),
            post("2EA1", "SHOULD allow map {variables} parameter when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"query Type($name: String!) { __type(name: $name) { name } }","variables":{"name":"sometype"}}"#, status: 200...200),
            post("28B9", "MUST allow map {variables} parameter when accepting application/json", accept: json, body: #"{"query":"query Type($name: String!) { __type(name: $name) { name } }","variables":{"name":"sometype"}}"#, status: 200...200, errors: false),
            Audit(id: "D6D5", rule: "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json", method: .get, query: "query=query%20Type(%24name%3A%20String!)%20%7B%20__type(name%3A%20%24name)%20%7B%20name%20%7D%20%7D&variables=%7B%22name%22%3A%22sometype%22%7D", contentType: nil, accept: graphQLResponse),
            Audit(id: "6A70", rule: "MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json", method: .get, query: "query=query%20Type(%24name%3A%20String!)%20%7B%20__type(name%3A%20%24name)%20%7B%20name%20%7D%20%7D&variables=%7B%22name%22%3A%22sometype%22%7D", contentType: nil, accept: json, hasErrors: false),
            post("428F", "SHOULD allow map {extensions} parameter when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"{ __typename }","extensions":{"some":"value"}}"#, status: 200...200),
            post("1B7A", "MUST allow map {extensions} parameter when accepting application/json", accept: json, body: #"{"query":"{ __typename }","extensions":{"some":"value"}}"#, status: 200...200, errors: false),
            post("D477", "SHOULD use 200 status code on JSON parsing failure when accepting application/json", accept: json, body: #"{ "not a JSON"#, status: 200...200, errors: true),
            post("F5AF", "SHOULD use 200 status code if parameters are invalid when accepting application/json", accept: json, body: #"{"qeury":"{ __typename }"}"#, status: 200...200, errors: true),
            post("572B", "SHOULD use 200 status code on document parsing failure when accepting application/json", accept: json, body: #"{"query":"{"}"#, status: 200...200, errors: true),
            post("FDE2", "SHOULD use 200 status code on document validation failure when accepting application/json", accept: json, body: #"{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}"#, status: 200...200, errors: true),
            post("60AA", "SHOULD use 4xx or 5xx status codes on JSON parsing failure when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{ "not a JSON"#, status: 400...499),
            post("2163", "SHOULD use 400 status code on JSON parsing failure when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{ "not a JSON"#, status: 400...400),
            post("3E36", "SHOULD use 4xx or 5xx status codes if parameters are invalid when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"qeury":"{ __typename }"}"#, status: 400...599),
            post("17C5", "SHOULD use 400 status code if parameters are invalid when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"qeury":"{ __typename }"}"#, status: 400...400),
            post("34D6", "SHOULD not contain the data entry if parameters are invalid when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"qeury":"{ __typename }"}"#, status: 400...400, data: false),
            post("865D", "SHOULD use 4xx or 5xx status codes on document parsing failure when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"{"}"#, status: 400...599),
            post("556A", "SHOULD use 400 status code on document parsing failure when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"{"}"#, status: 400...400),
            post("D586", "SHOULD not contain the data entry on document parsing failure when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"{"}"#, status: 400...400, data: false),
            post("51FE", "SHOULD use 4xx or 5xx status codes on document validation failure when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}"#, status: 400...599),
            post("74FF", "SHOULD use 400 status code on document validation failure when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}"#, status: 400...400),
            post("5E5B", "SHOULD not contain the data entry on document validation failure when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}"#, status: 400...400, data: false),
            post("86EE", "SHOULD use a status code of 400 on variable coercion failure when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"query Type($name: String!) { __type(name: $name) { name } }","variables":{"name":1}}"#, status: 400...400, data: false),
        ]
        for (index, (kind, value)) in wrongKinds.enumerated() {
            audits.append(post("4F5\(index)", "SHOULD use 400 status code on \(kind) {query} parameter when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":\#(value)}"#, status: 400...400))
            audits.append(post("9FE\(index)", "SHOULD use 200 status code with errors field on \(kind) {query} parameter when accepting application/json", accept: json, body: #"{"query":\#(value)}"#, status: 200...200, errors: true))
            audits.append(post("E3E\(index)", "SHOULD use 400 status code on \(kind) {operationName} parameter when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"operationName":\#(value),"query":"{ __typename }"}"#, status: 400...400))
            audits.append(post("FB9\(index)", "SHOULD use 200 status code with errors field on \(kind) {operationName} parameter when accepting application/json", accept: json, body: #"{"operationName":\#(value),"query":"{ __typename }"}"#, status: 200...200, errors: true))
        }
        for (index, parameter) in ["variables", "operationName", "extensions"].enumerated() {
            audits.append(post("94B\(index)", "SHOULD allow null {\(parameter)} parameter when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"{ __typename }","\#(parameter)":null}"#, status: 200...200, errors: false))
            audits.append(post("022\(index)", "MUST allow null {\(parameter)} parameter when accepting application/json", accept: json, body: #"{"query":"{ __typename }","\#(parameter)":null}"#, status: 200...200, errors: false))
        }
        for (index, (kind, value)) in notMaps.enumerated() {
            audits.append(post("69B\(index)", "SHOULD use 400 status code on \(kind) {variables} parameter when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"{ __typename }","variables":\#(value)}"#, status: 400...400))
            audits.append(post("F05\(index)", "SHOULD use 200 status code with errors field on \(kind) {variables} parameter when accepting application/json", accept: json, body: #"{"query":"{ __typename }","variables":\#(value)}"#, status: 200...200, errors: true))
            audits.append(post("904\(index)", "SHOULD use 400 status code on \(kind) {extensions} parameter when accepting application/graphql-response+json", accept: graphQLResponse, body: #"{"query":"{ __typename }","extensions":\#(value)}"#, status: 400...400))
            audits.append(post("368\(index)", "SHOULD use 200 status code with errors field on \(kind) {extensions} parameter when accepting application/json", accept: json, body: #"{"query":"{ __typename }","extensions":\#(value)}"#, status: 200...200, errors: true))
        }
        return audits
    }()

    @Test("the audit list is complete: 79 audits, each id once")
    func complete() {
        #expect(Self.audits.count == 79)
        #expect(Set(Self.audits.map(\.id)).count == Self.audits.count)
    }

    @Test(arguments: audits)
    func audit(_ audit: Audit) async throws {
        try await GatewayFixture.app().test(.router) { client in
            var headers = HTTPFields()
            if let contentType = audit.contentType { headers[.contentType] = contentType }
            if let accept = audit.accept { headers[.accept] = accept }
            let uri = audit.query.map { "/graphql?" + $0 } ?? "/graphql"
            try await client.execute(uri: uri, method: audit.method, headers: headers, body: audit.body.map { ByteBuffer(string: $0) }) { response in
                #expect(audit.status.contains(response.status.code), "status \(response.status.code)")
                if let expected = audit.responseType {
                    #expect(response.headers[.contentType]?.contains(expected) == true, "content-type \(response.headers[.contentType] ?? "none")")
                }
                let body = String(buffer: response.body)
                #expect(body.utf8.count == response.body.readableBytes)
                guard audit.hasErrors != nil || audit.hasData != nil else { return }
                let object = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any], "not a GraphQL response: \(body)")
                if let hasErrors = audit.hasErrors { #expect((object["errors"] != nil) == hasErrors, "\(body)") }
                if let hasData = audit.hasData { #expect((object["data"] != nil) == hasData, "\(body)") }
            }
        }
    }
}
