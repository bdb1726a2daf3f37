import BenchData
import GraphQL

/// GraphQLSwift/GraphQL 4.3.0, the other Swift GraphQL engine, on the same schema (built from
/// the same SDL with its `buildSchema`) and the same data (its default resolvers read the
/// root's properties), each workload through its public API.
public struct GraphQLSwiftPeer: Sendable {
    let schema: GraphQLSchema
    let root: BenchRoot

    public init(sdl: String, root: BenchRoot) throws {
        schema = try buildSchema(source: sdl)
        self.root = root
    }

    /// Parse, validate, execute and encode one request: the JSON bytes.
    public func run(_ query: String) async throws -> [UInt8] {
        let result = try await graphql(schema: schema, request: query, rootValue: root)
        guard result.errors.isEmpty else { throw PeerError(message: "\(result.errors)") }
        return Array(try GraphQLJSONEncoder().encode(result))
    }

    /// A parsed and validated document, as a server with a document cache keeps it.
    public struct Prepared: Sendable {
        let document: Document
    }

    public func prepare(_ query: String) throws -> Prepared {
        let document = try GraphQL.parse(source: Source(body: query))
        let errors = GraphQL.validate(schema: schema, ast: document)
        guard errors.isEmpty else { throw PeerError(message: "\(errors)") }
        return Prepared(document: document)
    }

    /// Execute and encode a prepared document: the JSON bytes.
    public func execute(_ prepared: Prepared) async throws -> [UInt8] {
        let result = try await GraphQL.execute(schema: schema, documentAST: prepared.document, rootValue: root, context: ())
        guard result.errors.isEmpty else { throw PeerError(message: "\(result.errors)") }
        return Array(try GraphQLJSONEncoder().encode(result))
    }

    /// (e) validation alone of a parsed document; the number of errors (0 for a valid one).
    public func validate(_ document: Document) -> Int {
        GraphQL.validate(schema: schema, ast: document).count
    }

    /// A parsed document: (a) times this; (e) validates one.
    public static func parseDocument(_ text: String) throws -> Document {
        try GraphQL.parse(source: Source(body: text))
    }

    struct PeerError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
