import GraphQLLanguage
import Testing

/// Grammar errors name what was expected and what was found, at the offending token.
@Suite("Parser: syntax errors")
struct ParserErrorTests {
    private func failure(_ source: String) throws -> SyntaxError {
        try #require(throws: SyntaxError.self) { try Document.parse(source) }
    }

    @Test("errors name the expected and the found token", arguments: [
        ("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2),
        ("{ a(x 1) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 7),
        ("query Q", "Syntax Error: Expected \"{\", found <EOF>.", 1, 8),
        ("fragment F { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12),
        ("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10),
        ("{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3),
        ("}", "Syntax Error: Unexpected \"}\".", 1, 1),
        ("", "Syntax Error: Unexpected <EOF>.", 1, 1),
        ("queri Q { a }", "Syntax Error: Unexpected Name \"queri\".", 1, 1),
        ("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19),
        ("{ a(x: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9),
        ("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10),
        ("directive @d on NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 17),
        ("\"d\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1),
        ("\"d\" extend type A @x", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1),
        ("\"d\" }", "Syntax Error: Unexpected \"}\".", 1, 5),
        ("\"d\" \"e\"", "Syntax Error: Unexpected String \"e\".", 1, 5),
        ("type A {}", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        ("{ a }\n  ?", "Syntax Error: Unexpected character: \"?\".", 2, 3),
    ])
    func grammarErrors(source: String, message: String, line: Int, column: Int) throws {
        let error = try failure(source)
        #expect(error.message == message)
        #expect(error.location == SourceLocation(line: line, column: column))
    }

    @Test("a lexical error inside a document keeps its own location")
    func lexicalErrorInDocument() throws {
        let error = try failure("query {\n  a(x: \"\\q\")\n}")
        #expect(error.message == "Syntax Error: Invalid character escape sequence: \"\\q\".")
        #expect(error.location == SourceLocation(line: 2, column: 9))
        #expect(error.offset == 16)
    }
}
