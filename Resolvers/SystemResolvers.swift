import GraphQLEngine

/// The system fields of `Query`: what version answers, and its clock.
enum SystemResolvers {
    static func register(in graph: inout ResolverGraph, version: String, clock: @escaping @Sendable () -> String) {
        graph.root("Query") { query in
            query.field("version") { _ in version }
            query.field("serverTime") { _ in clock() }
        }
    }
}
