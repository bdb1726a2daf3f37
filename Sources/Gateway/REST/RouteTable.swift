import GraphQLEngine
import GraphQLLanguage
import Yams

/// The REST routes of the internal API, each a stored GraphQL document plus where its variables
/// come from. Loaded from YAML (`Schema/routes.yaml`) and checked against the schema at start:
/// a route that does not validate stops the server, naming the route.
///
/// ```yaml
/// routes:
///   - method: GET
///     path: /api/payments/:id/status
///     auth: user               # none | user | admin
///     rate: payments           # the rate class (seed's "Rate Limits by Endpoint Type")
///     document: |
///       query PaymentStatus($id: ID!) { payment(id: $id) { id status } }
///     variables:
///       id: path               # path | query | body | body.<property>
///     notFound: payment        # a null here answers 404 RESOURCE_NOT_FOUND
///     spread: session          # this root field's keys go to the top level of the answer
/// ```
public struct RouteTable: Sendable {
    public var routes: [Route]

    public init(routes: [Route]) {
        self.routes = routes
    }

    public struct Route: Sendable {
        public typealias Auth = AccessLevel

        /// Where a variable's value comes from.
        public enum Source: Sendable, Hashable {
            case path
            case query
            case body
            case bodyProperty(String)
        }

        public var method: String
        public var path: String
        public var auth: Auth
        public var rateClass: String
        public var document: Document
        public var operation: OperationDefinition
        public var variables: [String: Source]
        public var notFoundKey: String?
        /// A root field whose object's keys the answer carries at its top level (the seed's
        /// `{"success": true, "accessToken": …}` comes from one mutation's result).
        public var spreadKey: String?
        /// The status of a successful answer (201 for routes that create).
        public var successStatus: Int

        /// `GET /api/user/profile`, for messages.
        public var name: String { "\(method) \(path)" }
    }

    /// Reads and checks the table: every problem of every route, at once.
    public static func load(yaml: String, schema: Schema, limits: QueryLimits = .unlimited) throws(ConfigurationError) -> RouteTable {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: yaml)
        } catch {
            throw ConfigurationError(problems: ["the route table is not valid YAML: \(error)"])
        }
        guard let root = loaded as? [String: Any] else {
            throw ConfigurationError(problems: ["the route table must be a map with a \"routes\" list"])
        }
        guard let entries = (root["routes"] ?? [[String: Any]]()) as? [[String: Any]] else {
            throw ConfigurationError(problems: ["routes must be a list of maps"])
        }
        var routes: [Route] = []
        var problems: [String] = []
        var seen: Set<String> = []
        for (index, entry) in entries.enumerated() {
            switch RouteParser.route(from: entry, schema: schema, limits: limits) {
            case .success(let route):
                if !seen.insert(route.name).inserted {
                    problems.append("route \(route.name) is defined twice")
                }
                routes.append(route)
            case .failure(let failure):
                let label = (entry["method"] as? String).map { "\($0) \(entry["path"] as? String ?? "?")" } ?? "#\(index + 1)"
                problems += failure.problems.map { "route \(label): \($0)" }
            }
        }
        if !problems.isEmpty { throw ConfigurationError(problems: problems) }
        return RouteTable(routes: routes)
    }
}
