@testable import Gateway
import GraphQLEngine
import NIOCore
import Testing

@Suite("JSON request bodies")
struct JSONInputTests {
    @Test("objects, arrays, numbers, literals and whitespace read into input values")
    func values() throws {
        let value = try JSONInput.parse(" {\"a\": [1, -2.5, 3e2, true, false, null],\n\t\"b\": {\"c\": \"d\"}, \"big\": 12345678901234567890} ")
        #expect(value == .object([
            "a": .list([.int(1), .float(-2.5), .float(300), .boolean(true), .boolean(false), .null]),
            "b": .object(["c": .string("d")]),
            "big": .float(12345678901234567890),
        ]))
    }

    @Test("strings: plain, every escape, \\u escapes with surrogate pairs, raw UTF-8")
    func strings() throws {
        #expect(try JSONInput.parse(#""plain text""#) == .string("plain text"))
        #expect(try JSONInput.parse(#""""#) == .string(""))
        #expect(try JSONInput.parse(#""q\"b\\s\/b\bf\fn\nr\rt\t end""#) == .string("q\"b\\s/b\u{08}f\u{0C}n\nr\rt\t end"))
        #expect(try JSONInput.parse(#""caf\u00e9 \u20AC \ud83d\ude00!""#) == .string("café € 😀!"))
        #expect(try JSONInput.parse("\"naïve ₿ \\n\"") == .string("naïve ₿ \n"))
    }

    @Test("a request body is read where it lies: only its readable bytes")
    func byteBuffers() throws {
        var buffer = ByteBuffer(string: "xx{\"query\": \"{ hello }\"}")
        buffer.moveReaderIndex(forwardBy: 2)
        #expect(try JSONInput.parse(buffer) == .object(["query": .string("{ hello }")]))
        #expect(throws: JSONInput.Failure.self) { try JSONInput.parse(ByteBuffer()) }
    }

    @Test("malformed JSON is refused with a reason")
    func malformed() {
        let cases: [(String, String)] = [
            (#""open"#, "unterminated JSON string"),
            (#""ends in \"#, "unterminated JSON string"),
            ("\"tab\tinside\"", "control character in JSON string"),
            (#""\x""#, "invalid escape in JSON string"),
            (#""\u12""#, #"short \u escape in JSON string"#),
            (#""\u12zz""#, #"invalid \u escape in JSON string"#),
            (#""\ud83d\u0041""#, "invalid surrogate pair in JSON string"),
            (#""\udc00""#, #"invalid \u escape in JSON string"#),
            ("{\"a\" 1}", "expected ':' in JSON object"),
            ("[1 2]", "expected ',' or ']' in JSON array"),
            ("{} {}", "unexpected data after the JSON value"),
            ("tru", "invalid JSON literal"),
            ("01", "unexpected data after the JSON value"),
            ("", "unexpected end of JSON"),
        ]
        for (text, message) in cases {
            #expect(throws: JSONInput.Failure.self, "\(text)") { try JSONInput.parse(text) }
            do {
                _ = try JSONInput.parse(text)
            } catch {
                #expect(error.message == message, "\(text)")
            }
        }
    }
}
