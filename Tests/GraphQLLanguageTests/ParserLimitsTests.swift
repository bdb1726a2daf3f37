import GraphQLLanguage
import Testing

/// Hostile documents end with a clear error instead of a deep stack or unbounded work.
@Suite("Parser: limits")
struct ParserLimitsTests {
    private func nestedQuery(depth: Int) -> String {
        String(repeating: "{ a ", count: depth - 1) + "{ b" + String(repeating: " }", count: depth)
    }

    @Test("selection sets nest up to the limit and no further")
    func selectionNesting() throws {
        _ = try Document.parse(nestedQuery(depth: 200))
        let error = try #require(throws: SyntaxError.self) { try Document.parse(nestedQuery(depth: 201)) }
        #expect(error.message == "Syntax Error: Document is nested too deeply. Parsing aborted.")
    }

    @Test("lists, objects and list types count towards the nesting limit")
    func valueNesting() throws {
        let options = ParserOptions(maxNestingDepth: 10)
        let list = "{ a(x: " + String(repeating: "[", count: 10) + String(repeating: "]", count: 10) + ") }"
        #expect(throws: SyntaxError.self) { try Document.parse(list, options: options) }
        let object = "{ a(x: " + String(repeating: "{a: ", count: 10) + "1" + String(repeating: "}", count: 10) + ") }"
        #expect(throws: SyntaxError.self) { try Document.parse(object, options: options) }
        let type = "query ($a: " + String(repeating: "[", count: 11) + "Int" + String(repeating: "]", count: 11) + ") { a }"
        #expect(throws: SyntaxError.self) { try Document.parse(type, options: options) }
    }

    @Test("a million opening brackets fail fast without overflowing the stack")
    func hostileNesting() throws {
        let source = "{ a(x: " + String(repeating: "[", count: 1_000_000)
        #expect(throws: SyntaxError.self) { try Document.parse(source) }
    }

    @Test("the token limit stops long documents at the first token past it")
    func tokenLimit() throws {
        let options = ParserOptions(maxTokens: 5)
        _ = try Document.parse("{ a b c }", options: options)
        let error = try #require(throws: SyntaxError.self) { try Document.parse("{ a b c d }", options: options) }
        #expect(error.message == "Syntax Error: Document contains more than 5 tokens. Parsing aborted.")
        #expect(error.location == SourceLocation(line: 1, column: 11))
    }
}
