import AxisorSchema
import Gateway
import GraphQLEngine
import Hummingbird
import HummingbirdTesting
import NIOCore
import Resolvers
import Testing

/// The service as `axisor serve` builds it: the contract of Schema/ and the real resolver graph.
@Suite("Service")
struct ServiceTests {
    private static let introspectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { kind name fields(includeDeprecated: true) { name args { name type { kind name ofType { kind name } } defaultValue } type { kind name ofType { kind name ofType { kind name } } } } }
            directives { name locations args { name } }
          }
        }
        """

    @Test("the contract builds and every field of it is bound")
    func contract() async throws {
        let schema = try AxisorSchema.load()
        #expect(schema.queryType == "Query")
        _ = try RouteTable.load(yaml: try AxisorSchema.routeTable(), schema: schema)
        try await ServiceFixture.test { _, _ in }
    }

    @Test("/graphql answers the standard introspection query and the system fields")
    func introspection() async throws {
        try await ServiceFixture.test { client, _ in
            let body = #"{"query":\#(ResponseValue.string(Self.introspectionQuery).json)}"#
            try await client.execute(uri: "/graphql", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
                let text = String(buffer: response.body)
                #expect(text.hasPrefix(#"{"data":{"__schema":{"queryType":{"name":"Query"}"#))
                #expect(text.contains(#""name":"serverTime""#))
            }
            try await client.execute(uri: "/graphql", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: #"{"query":"{ version }"}"#)) { response in
                #expect(String(buffer: response.body) == #"{"data":{"version":"\#(AxisorResolvers.version)"}}"#)
            }
        }
    }
}
