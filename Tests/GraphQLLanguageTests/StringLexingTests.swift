@testable import GraphQLLanguage
import Testing

/// Quoted strings decode every escape; block strings apply the spec's indentation removal.
@Suite("String and block string lexing")
struct StringLexingTests {
    private func stringValue(_ source: String) throws -> String {
        try #require(try Lexer.tokens(of: source).first).value
    }

    private func lexError(_ source: String) -> SyntaxError? {
        do {
            _ = try Lexer.tokens(of: source)
            return nil
        } catch {
            return error
        }
    }

    @Test("simple escapes", arguments: [
        (#""\"""#, "\""), (#""\\""#, "\\"), (#""\/""#, "/"), (#""\b""#, "\u{08}"), (#""\f""#, "\u{0C}"),
        (#""\n""#, "\n"), (#""\r""#, "\r"), (#""\t""#, "\t"),
    ])
    func simpleEscapes(source: String, value: String) throws {
        #expect(try stringValue(source) == value)
    }

    @Test("unicode escapes: fixed width, surrogate pairs and variable width")
    func unicodeEscapes() throws {
        #expect(try stringValue(#""caf\u00e9""#) == "café")
        #expect(try stringValue(#""\uD83D\uDE00""#) == "😀")
        #expect(try stringValue(#""\u{1F600}\u{41}""#) == "😀A")
        #expect(try stringValue(#""\u{10FFFF}""#) == "\u{10FFFF}")
    }

    @Test("strings keep non-ASCII text and raw control characters as they are")
    func rawCharacters() throws {
        #expect(try stringValue("\"日本語 😀\"") == "日本語 😀")
        #expect(try stringValue("\"a\u{7}b\tc\"") == "a\u{7}b\tc")
    }

    @Test("bad escapes are refused at the backslash", arguments: [
        (#""\x""#, #"Syntax Error: Invalid character escape sequence: "\x"."#),
        (#""\uD83D""#, #"Syntax Error: Invalid Unicode escape sequence: "\uD83D"."#),
        (#""\uDE00""#, #"Syntax Error: Invalid Unicode escape sequence: "\uDE00"."#),
        (#""\u12X4""#, #"Syntax Error: Invalid Unicode escape sequence: "\u12X4"."#),
        (#""\u{D800}""#, #"Syntax Error: Invalid Unicode escape sequence: "\u{D800}"."#),
        (#""\u{110000}""#, #"Syntax Error: Invalid Unicode escape sequence: "\u{110000}"."#),
        (#""\u{}""#, #"Syntax Error: Invalid Unicode escape sequence: "\u{}"."#),
        (#""\uD83D\u0041""#, #"Syntax Error: Invalid Unicode escape sequence: "\uD83D"."#),
    ])
    func badEscapes(source: String, message: String) throws {
        let error = try #require(lexError(source))
        #expect(error.message == message)
        #expect(error.location == SourceLocation(line: 1, column: 2))
    }

    @Test("an unterminated string is reported where it stops")
    func unterminated() throws {
        let atEnd = try #require(lexError("\"abc"))
        #expect(atEnd.message == "Syntax Error: Unterminated string.")
        #expect(atEnd.location == SourceLocation(line: 1, column: 5))
        let atNewLine = try #require(lexError("\"abc\ndef\""))
        #expect(atNewLine.location == SourceLocation(line: 1, column: 5))
        let block = try #require(lexError("\"\"\"abc\n  def"))
        #expect(block.message == "Syntax Error: Unterminated string.")
        #expect(block.location == SourceLocation(line: 2, column: 6))
    }

    @Test("block strings remove common indentation and blank first and last lines")
    func blockStringIndentation() throws {
        let source = "\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \n\"\"\""
        #expect(try stringValue(source) == "Hello,\n  World!\n\nYours,\n  GraphQL.")
    }

    @Test("the first line of a block string keeps its indentation")
    func blockStringFirstLine() throws {
        #expect(try stringValue("\"\"\"  first\n    second\n  third\"\"\"") == "  first\n  second\nthird")
    }

    @Test("escaped triple quotes and nothing else in block strings")
    func blockStringEscapes() throws {
        #expect(try stringValue(#""""a \""" b \n \u00e9""""#) == #"a """ b \n \u00e9"#)
    }

    @Test("block strings normalise CRLF and CR to LF")
    func blockStringLineEnds() throws {
        #expect(try stringValue("\"\"\"\r\n  one\r\n  two\r  three\r\n\"\"\"") == "one\ntwo\nthree")
    }

    @Test("whitespace-only and empty block strings are empty")
    func blankBlockStrings() throws {
        #expect(try stringValue("\"\"\"\"\"\"") == "")
        #expect(try stringValue("\"\"\"\n   \n\t\n\"\"\"") == "")
    }
}
