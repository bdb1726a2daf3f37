import Foundation
import GraphQLLanguage
import Testing

/// The printer writes canonical GraphQL that parses back to the same document.
@Suite("Printer")
struct PrinterTests {
    private func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "graphql", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("the kitchen sinks print and parse back to the same document", arguments: ["kitchen-sink", "schema-kitchen-sink"])
    func kitchenSinkRoundTrip(name: String) throws {
        let document = try Document.parse(try fixture(name))
        let printed = Printer.print(document)
        #expect(try Document.parse(printed) == document)
        // Canonical: printing the printed document changes nothing.
        #expect(Printer.print(try Document.parse(printed)) == printed)
    }

    @Test("queries print in the canonical layout")
    func canonicalQuery() throws {
        let document = try Document.parse("query Q($a:Int=1 $b:[String!]!){alias:f(x:$a,y:{z:[1,2]})@d{...F ...on T{g}}}")
        #expect(Printer.print(document) == """
            query Q($a: Int = 1, $b: [String!]!) {
              alias: f(x: $a, y: {z: [1, 2]}) @d {
                ...F
                ... on T {
                  g
                }
              }
            }
            """)
    }

    @Test("the shorthand form stays short and anonymous queries with variables keep the keyword")
    func shorthand() throws {
        #expect(Printer.print(try Document.parse("query { a }")) == "{\n  a\n}")
        #expect(Printer.print(try Document.parse("query ($v: Int) { a }")) == "query ($v: Int) {\n  a\n}")
    }

    @Test("a shorthand query after a type without body keeps its keyword, so it reads back the same")
    func shorthandAfterBodilessType() throws {
        // Found by the fuzzer: `type Qu` then `{ a }` printed as is would read back as `type Qu { a }`.
        let document = try Document.parse("type Qu\nquery { a }")
        #expect(Printer.print(document) == "type Qu\n\nquery {\n  a\n}")
        #expect(try Document.parse(Printer.print(document)) == document)
        #expect(Printer.print(try Document.parse("extend schema @d\nquery { a }")) == "extend schema @d\n\nquery {\n  a\n}")
    }

    @Test("long argument lists wrap one per line")
    func wrapsLongArguments() throws {
        let document = try Document.parse("{ field(first: 10, after: \"a-long-cursor-value\", filter: SOMETHING_LONG, orderBy: CREATED_AT) }")
        #expect(Printer.print(document) == """
            {
              field(
                first: 10
                after: "a-long-cursor-value"
                filter: SOMETHING_LONG
                orderBy: CREATED_AT
              )
            }
            """)
    }

    @Test("type-system definitions print with descriptions and blocks")
    func typeSystem() throws {
        let source = """
            "A user."
            type User implements Node & Entity @key(fields: "id") {
              "The id."
              id: ID!
              friends(first: Int = 10): [User!]!
            }

            union R = A | B

            directive @d(a: Int) repeatable on FIELD | OBJECT
            """
        #expect(Printer.print(try Document.parse(source)) == source)
    }

    @Test("argument definitions with descriptions go one per line")
    func describedArguments() throws {
        let source = """
            type Query {
              search(
                "What to find."
                text: String!
                first: Int
              ): [String]
            }
            """
        #expect(Printer.print(try Document.parse(source)) == source)
    }

    @Test("strings are escaped; block strings keep their form when they can", arguments: [
        "{ a(x: \"q\\\" b\\\\ \\n \\t \\u0007 é\") }",
        "{ a(x: \"\"\"  leading space\"\"\") }",
        "{ a(x: \"\"\"ends with \"quote\\\"\"\"\"\"\") }",
        "{ a(x: \"\"\"first\n    indented\"\"\") }",
        "{ a(x: \"\"\"\"\"\") }",
        "{ a(x: \"\"\"trailing backslash \\\n\"\"\") }",
    ])
    func strings(source: String) throws {
        let document = try Document.parse(source)
        #expect(try Document.parse(Printer.print(document)) == document)
    }

    @Test("a block string that cannot print as one falls back to a quoted string")
    func blockFallback() {
        #expect(BlockString.literal(for: "a\r\nb") == nil)
        #expect(BlockString.literal(for: "  both\n  indented") == nil)
        #expect(BlockString.literal(for: "plain") == "\"\"\"plain\"\"\"")
    }

    @Test("quoted strings escape control characters")
    func quotedStrings() {
        #expect(QuotedString.literal(for: "a\"b\\c\n\u{7}\u{85}é") == #""a\"b\\c\n\u0007\u0085é""#)
    }
}
