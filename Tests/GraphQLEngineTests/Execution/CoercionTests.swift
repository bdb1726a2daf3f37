@testable import GraphQLEngine
import GraphQLLanguage
import Testing

/// Variables and arguments are coerced as the spec says before any resolver runs.
@Suite("Execution: input coercion")
struct CoercionTests {
    private let schema: Schema = {
        guard let schema = try? Schema.build(sdl: """
            type Query { echo(input: Input, tags: [String!], limit: Int = 5, at: DateTime, pick: Pick): String }
            input Input { name: String!, count: Int = 1, nested: Input }
            input Pick @oneOf { id: ID, name: String }
            scalar DateTime
            """) else { preconditionFailure("test schema") }
        return schema
    }()

    private func variables(_ query: String, _ raw: [String: InputValue]) throws -> (values: [String: InputValue], errors: [String]) {
        let operation = try #require(try Document.parse(query).operations.first)
        let (values, errors) = VariableValues.coerce(raw, for: operation.variableDefinitions, schema: schema)
        return (values, errors.map(\.message))
    }

    @Test("defaults apply when a variable is missing; null stays null")
    func defaults() throws {
        let result = try variables("query Q($a: Int = 3, $b: Int = 3, $c: Int) { echo }", ["b": .null])
        #expect(result.errors.isEmpty)
        #expect(result.values == ["a": .int(3), "b": .null])
    }

    @Test("missing or null required variables are refused")
    func required() throws {
        let missing = try variables("query Q($a: Int!) { echo }", [:])
        #expect(missing.errors == ["Variable \"$a\" of required type \"Int!\" was not provided."])
        let null = try variables("query Q($a: Int!) { echo }", ["a": .null])
        #expect(null.errors == ["Variable \"$a\" of non-null type \"Int!\" must not be null."])
    }

    @Test("built-in scalars: 32-bit Int, finite Float, ID from strings and integers")
    func scalars() throws {
        let ok = try variables("query Q($i: Int, $f: Float, $id: ID, $at: DateTime) { echo }",
                               ["i": .float(4), "f": .int(2), "id": .int(7), "at": .string("2025-01-06T10:30:00Z")])
        #expect(ok.errors.isEmpty)
        #expect(ok.values == ["i": .int(4), "f": .float(2), "id": .string("7"), "at": .string("2025-01-06T10:30:00Z")])
        let bad = try variables("query Q($i: Int, $j: Int, $s: String, $at: DateTime) { echo }",
                                ["i": .int(3_000_000_000), "j": .float(1.5), "s": .int(1), "at": .string("yesterday")])
        #expect(bad.errors == [
            "Variable \"$i\" got invalid value; $i: Int cannot represent non 32-bit signed integer value: 3000000000",
            "Variable \"$j\" got invalid value; $j: Int cannot represent non-integer value: 1.5",
            "Variable \"$s\" got invalid value; $s: String cannot represent a non string value: 1",
            "Variable \"$at\" got invalid value; $at: DateTime cannot represent an invalid date-time string: \"yesterday\"",
        ])
    }

    @Test("a single value stands for a list of one; list items are checked by index")
    func lists() throws {
        let single = try variables("query Q($t: [String!]) { echo }", ["t": .string("a")])
        #expect(single.values == ["t": .list([.string("a")])])
        let bad = try variables("query Q($t: [String!]) { echo }", ["t": .list([.string("a"), .null])])
        #expect(bad.errors == ["Variable \"$t\" got invalid value; $t[1]: Expected non-nullable type \"String!\" not to be null."])
    }

    @Test("input objects: defaults, required fields, unknown fields, nesting")
    func inputObjects() throws {
        let ok = try variables("query Q($in: Input) { echo }", ["in": .object(["name": .string("x"), "nested": .object(["name": .string("y")])])])
        #expect(ok.values == ["in": .object(["name": .string("x"), "count": .int(1), "nested": .object(["name": .string("y"), "count": .int(1)])])])
        let missing = try variables("query Q($in: Input) { echo }", ["in": .object(["count": .int(2)])])
        #expect(missing.errors == ["Variable \"$in\" got invalid value; $in: Field \"name\" of required type \"String!\" was not provided."])
        let unknown = try variables("query Q($in: Input) { echo }", ["in": .object(["name": .string("x"), "colour": .string("red")])])
        #expect(unknown.errors == ["Variable \"$in\" got invalid value; $in: Field \"colour\" is not defined by type \"Input\"."])
    }

    @Test("@oneOf input objects take exactly one non-null field")
    func oneOf() throws {
        let ok = try variables("query Q($p: Pick) { echo }", ["p": .object(["id": .string("1")])])
        #expect(ok.errors.isEmpty)
        let two = try variables("query Q($p: Pick) { echo }", ["p": .object(["id": .string("1"), "name": .string("x")])])
        #expect(two.errors == ["Variable \"$p\" got invalid value; $p: Exactly one key must be specified for OneOf type \"Pick\"."])
    }

    @Test("arguments take literals, variables and defaults")
    func arguments() async throws {
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { query in
            query.field("echo") { _, arguments, _ in
                arguments.values.keys.sorted().map { "\($0)=\(ResponseValue(arguments[$0]!).json)" }.joined(separator: " ")
            }
        }
        let executor = Executor(try graph.build())
        let document = try Document.parse("query Q($n: String!, $missing: Int) { echo(input: {name: $n}, tags: \"one\", limit: $missing) }")
        let result = await executor.execute(document, variables: ["n": .string("x")], context: RequestContext(requestId: "t"))
        #expect(result.data?["echo"] == .string(#"input={"count":1,"name":"x"} limit=5 tags=["one"]"#))
    }

    @Test("DateTime values: UTC with seconds, optional fraction, real calendar days")
    func dateTimes() {
        let valid = ["2025-01-06T10:30:00Z", "2025-01-06T10:30:00.123Z", "2000-02-29T00:00:00Z", "2024-04-30T23:59:59.9Z", "1999-12-31T23:59:59Z"]
        let invalid = [
            "2025-01-06T10:30:00", "2025-01-06 10:30:00Z", "2025-13-01T00:00:00Z", "2025-00-01T00:00:00Z", "2025-04-31T00:00:00Z",
            "1900-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2025-01-06T24:00:00Z", "2025-01-06T10:60:00Z", "2025-01-06T10:30:60Z",
            "2025-01-06T10:30:00.Z", "2025-01-06T10:30:00,5Z", "2025-01-06T10:30:00+01:00", "yesterday", "",
        ]
        for text in valid { #expect(DateTimeLiteral.isValid(text), "\(text)") }
        for text in invalid { #expect(!DateTimeLiteral.isValid(text), "\(text)") }
    }
}
