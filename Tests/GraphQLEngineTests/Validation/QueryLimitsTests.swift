@testable import GraphQLEngine
import GraphQLLanguage
import Testing

/// The limits stop documents built to exhaust the server, each with a clear message and code.
@Suite("Validation: query limits")
struct QueryLimitsTests {
    private func errors(_ source: String, _ limits: QueryLimits) throws -> [GraphQLError] {
        Validator.validate(try Document.parse(source), against: ValidationHarness.schema, limits: limits)
            .filter { $0.code != ErrorCode.validationFailed }
    }

    @Test("depth counts nested fields through fragments, not introspection") func depth() throws {
        let limits = QueryLimits(maxDepth: 3)
        #expect(try errors("{ dog { owner { name } } }", limits).isEmpty)
        #expect(try errors("{ __schema { types { fields { type { ofType { name } } } } } }", limits).isEmpty)
        let tooDeep = try errors("query Deep { dog { owner { pets { ...F } } } }\nfragment F on Pet { name }", limits)
        #expect(tooDeep.map(\.message) == ["Operation \"Deep\" is 4 fields deep, more than the limit of 3."])
        #expect(tooDeep.first?.code == ErrorCode.depthLimitExceeded)
        #expect(tooDeep.first?.locations == [SourceLocation(line: 1, column: 1)])
    }

    @Test("aliases are counted, fragments each time they are spread") func aliases() throws {
        let limits = QueryLimits(maxAliases: 3)
        #expect(try errors("{ a: dog { b: name } c: cat { name } }", limits).isEmpty)
        let tooMany = try errors("{ dog { ...F ...G } }\nfragment F on Dog { a: name b: nickname }\nfragment G on Dog { ...F }", limits)
        #expect(tooMany.map(\.message) == ["The anonymous operation uses 4 aliases, more than the limit of 3."])
        #expect(tooMany.first?.code == ErrorCode.aliasLimitExceeded)
    }

    @Test("directives on the operation, variables and selections are counted") func directives() throws {
        let limits = QueryLimits(maxDirectives: 2)
        #expect(try errors("query Q($a: Int @onVariable) { dog { isAtLocation(x: $a) @onField } }", limits).isEmpty)
        let tooMany = try errors("query Q @onQuery { dog { name @include(if: true) nickname @skip(if: false) } }", limits)
        #expect(tooMany.map(\.message) == ["Operation \"Q\" uses 3 directives, more than the limit of 2."])
        #expect(tooMany.first?.code == ErrorCode.directiveLimitExceeded)
    }

    @Test("cost multiplies what a list selects by its size argument or the default size") func cost() throws {
        let schema = try Schema.build(sdl: """
            type Query { users(limit: Int): [User!]! me: User }
            type User { id: ID! payments(first: Int): [Payment!]! }
            type Payment { id: ID! }
            """)
        let document = try Document.parse("query Q($n: Int) { users(limit: 100) { id payments { id } } me { id payments(first: $n) { id } } }")
        let operation = try #require(document.operations.first)
        // users: 1 + 100 × (id 1 + payments (1 + 20 × 1)) = 2,201; me: 1 + (1 + (1 + 20 × 1)) = 23.
        #expect(QueryCost.of(operation, in: document, schema: schema) == 2_224)
        let errors = Validator.validate(document, against: schema, limits: QueryLimits(maxCost: 1_000))
        #expect(errors.map(\.message) == ["Operation \"Q\" costs 2224, more than the budget of 1000."])
        #expect(errors.first?.code == ErrorCode.costLimitExceeded)
    }

    @Test("the defaults let the standard introspection query and ordinary queries through") func defaults() throws {
        #expect(try errors("{ __schema { queryType { name } types { name fields(includeDeprecated: true) { name args { name type { name ofType { name ofType { name } } } } } } } }", QueryLimits()).isEmpty)
        #expect(try errors("{ human { pets { name } relatives { pets { name } } } }", QueryLimits()).isEmpty)
    }

    @Test("cyclic fragments still end") func cycles() throws {
        _ = try errors("{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { owner { pets { ...A } } }", QueryLimits())
    }

    @Test("a chain of fragments each spreading the next twice is measured once per fragment, not 2^n times",
          .timeLimit(.minutes(1)))
    func fragmentBomb() throws {
        // F0 spreads F1 twice, …, F39 selects one field: as execution sees it, 2^39 fields.
        var source = "query Bomb { dog { ...F0 } }\n"
        for level in 0..<39 { source += "fragment F\(level) on Dog { ...F\(level + 1) ...F\(level + 1) }\n" }
        source += "fragment F39 on Dog { a: name @include(if: true) }\n"
        let found = try errors(source, QueryLimits(maxAliases: 1_000, maxDirectives: 1_000, maxCost: 1_000))
        #expect(found.map(\.message) == [
            "Operation \"Bomb\" uses 549755813888 aliases, more than the limit of 1000.",
            "Operation \"Bomb\" uses 549755813888 directives, more than the limit of 1000.",
            "Operation \"Bomb\" costs 549755813889, more than the budget of 1000.",
        ])
    }
}
