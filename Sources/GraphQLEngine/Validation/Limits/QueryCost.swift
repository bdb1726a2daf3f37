import GraphQLLanguage

/// The static cost of an operation, known before it runs: every field costs 1, and what a list
/// field selects costs as many times as the list may hold items — the value of its `limit`
/// (or `first`, `last`) argument when written as a literal, else `QueryLimits.defaultListSize`.
/// Introspection costs nothing (it reads the schema, not the stores).
///
///     { users(limit: 100) { id payments { id } } }   // 1 + 100 × (1 + 1 + 20 × 1) = 2,201
public enum QueryCost {
    public static func of(
        _ operation: OperationDefinition, in document: Document, schema: Schema, limits: QueryLimits = QueryLimits()
    ) -> Int {
        ValidationContext(schema: schema, document: document, limits: limits).measures(of: operation).cost
    }
}
