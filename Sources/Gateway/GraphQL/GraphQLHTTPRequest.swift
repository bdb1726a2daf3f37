import GraphQLEngine

/// One GraphQL request as GraphQL over HTTP carries it (in a POST body, or GET parameters).
struct GraphQLHTTPRequest: Sendable {
    var query: String?
    var operationName: String?
    var variables: [String: InputValue]
    var extensions: [String: InputValue]
    /// A persisted document's id (`sha256:<hex>`), instead of `query`.
    var documentId: String?

    /// A request that is not a well-formed GraphQL request: it never reaches the engine.
    struct Malformed: Error, Sendable {
        var message: String
    }

    /// From a JSON object (one element of a POST body).
    init(json: InputValue) throws(Malformed) {
        guard case .object(let fields) = json else { throw Malformed(message: "A GraphQL request must be a JSON object.") }
        query = try Self.string(fields["query"], name: "query")
        operationName = try Self.string(fields["operationName"], name: "operationName")
        documentId = try Self.string(fields["documentId"], name: "documentId")
        variables = try Self.object(fields["variables"], name: "variables")
        extensions = try Self.object(fields["extensions"], name: "extensions")
    }

    /// From the parameters of a GET request; `variables` and `extensions` are JSON-encoded.
    init(parameters: [String: String]) throws(Malformed) {
        query = parameters["query"]
        operationName = parameters["operationName"]
        documentId = parameters["documentId"]
        variables = try Self.object(Self.decode(parameters["variables"], name: "variables"), name: "variables")
        extensions = try Self.object(Self.decode(parameters["extensions"], name: "extensions"), name: "extensions")
    }

    private static func decode(_ text: String?, name: String) throws(Malformed) -> InputValue? {
        guard let text, !text.isEmpty else { return nil }
        do {
            return try JSONInput.parse(text)
        } catch {
            throw Malformed(message: "The \"\(name)\" parameter must be JSON: \(error.message).")
        }
    }

    private static func string(_ value: InputValue?, name: String) throws(Malformed) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw Malformed(message: "The \"\(name)\" property must be a string.")
        }
    }

    private static func object(_ value: InputValue?, name: String) throws(Malformed) -> [String: InputValue] {
        switch value {
        case nil, .null?: return [:]
        case .object(let fields)?: return fields
        default: throw Malformed(message: "The \"\(name)\" property must be a map.")
        }
    }
}
