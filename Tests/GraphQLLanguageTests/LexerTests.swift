@testable import GraphQLLanguage
import Testing

/// The lexer turns bytes into the spec's tokens, skipping ignored tokens, with 1-based
/// locations whose columns count Unicode scalars.
@Suite("Lexer")
struct LexerTests {
    private func kinds(_ source: String) throws -> [TokenKind] {
        try Lexer.tokens(of: source).map(\.kind)
    }

    private func lexError(_ source: String) -> SyntaxError? {
        do {
            _ = try Lexer.tokens(of: source)
            return nil
        } catch {
            return error
        }
    }

    @Test("every punctuator has its own token kind")
    func punctuators() throws {
        #expect(try kinds("! $ & ( ) ... : = @ [ ] { | }") == [
            .bang, .dollar, .ampersand, .parenLeft, .parenRight, .spread, .colon, .equals, .at,
            .bracketLeft, .bracketRight, .braceLeft, .pipe, .braceRight, .endOfFile,
        ])
    }

    @Test("names, ints, floats, strings and block strings carry their values")
    func valueTokens() throws {
        let tokens = try Lexer.tokens(of: #"name _x9 42 -7 1.5 2e3 "text" """block""""#)
        #expect(tokens.map(\.kind) == [.name, .name, .int, .int, .float, .float, .string, .blockString, .endOfFile])
        #expect(tokens.map(\.value) == ["name", "_x9", "42", "-7", "1.5", "2e3", "text", "block", ""])
    }

    @Test("white space, commas, comments and the byte order mark are ignored")
    func ignoredTokens() throws {
        #expect(try kinds("\u{FEFF} ,a,\t# comment { }\n,b # more") == [.name, .name, .endOfFile])
    }

    @Test("locations are 1-based lines and columns, after LF, CRLF and CR")
    func locations() throws {
        let tokens = try Lexer.tokens(of: "a\nb\r\nc\rd  e")
        #expect(tokens.map(\.location) == [
            SourceLocation(line: 1, column: 1), SourceLocation(line: 2, column: 1), SourceLocation(line: 3, column: 1),
            SourceLocation(line: 4, column: 1), SourceLocation(line: 4, column: 4), SourceLocation(line: 4, column: 5),
        ])
    }

    @Test("columns count Unicode scalars, not UTF-8 bytes")
    func columnsCountScalars() throws {
        let tokens = try Lexer.tokens(of: "\"日本😀\" x")
        #expect(tokens[1].location == SourceLocation(line: 1, column: 7))
        #expect(tokens[1].startOffset == 13)
    }

    @Test("a token after a multi-line block string is on the right line")
    func lineAfterBlockString() throws {
        let tokens = try Lexer.tokens(of: "\"\"\"\none\r\ntwo\n\"\"\" x")
        #expect(tokens[1].location == SourceLocation(line: 4, column: 5))
    }

    @Test("numbers follow the spec's grammar", arguments: [
        ("0", TokenKind.int), ("-0", .int), ("9876543210", .int), ("0.0", .float), ("-1.25", .float),
        ("1e10", .float), ("1E-3", .float), ("6.02e+23", .float),
    ])
    func numbers(source: String, kind: TokenKind) throws {
        let token = try #require(try Lexer.tokens(of: source).first)
        #expect(token.kind == kind)
        #expect(token.value == source)
    }

    @Test("malformed numbers are refused where the problem is", arguments: [
        ("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2),
        ("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3),
        ("1.a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 3),
        ("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3),
        ("12abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 3),
        ("1.5.6", "Syntax Error: Invalid number, expected digit but got: \".\".", 4),
        ("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 2),
        (".5", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1),
    ])
    func malformedNumbers(source: String, message: String, column: Int) throws {
        let error = try #require(lexError(source))
        #expect(error.message == message)
        #expect(error.location == SourceLocation(line: 1, column: column))
    }

    @Test("unexpected characters are named helpfully", arguments: [
        ("?", "Syntax Error: Unexpected character: \"?\"."),
        ("\u{7}", "Syntax Error: Unexpected character: U+0007."),
        ("é", "Syntax Error: Unexpected character: U+00E9."),
        ("😀", "Syntax Error: Unexpected character: U+1F600."),
        ("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?"),
        ("..", "Syntax Error: Unexpected \"..\", did you mean \"...\"?"),
        (".", "Syntax Error: Unexpected character: \".\"."),
    ])
    func unexpectedCharacters(source: String, message: String) throws {
        let error = try #require(lexError(source))
        #expect(error.message == message)
        #expect(error.location == SourceLocation(line: 1, column: 1))
    }

    @Test("the end of file repeats")
    func endOfFile() throws {
        #expect(try kinds("") == [.endOfFile])
        #expect(try kinds("# only a comment") == [.endOfFile])
    }
}
