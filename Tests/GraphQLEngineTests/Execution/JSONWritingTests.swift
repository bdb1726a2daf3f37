import GraphQLEngine
import Testing

/// Response values as JSON bytes: strings escaped as RFC 8259 requires (copied whole when
/// nothing needs escaping), integers and integral floats without a fraction.
@Suite("JSON writing")
struct JSONWritingTests {
    @Test("strings: plain ones as they are, quotes, backslashes and control characters escaped, UTF-8 kept")
    func strings() {
        #expect(ResponseValue.string("plain text").json == #""plain text""#)
        #expect(ResponseValue.string("say \"hi\" \\ now").json == #""say \"hi\" \\ now""#)
        #expect(ResponseValue.string("line\nbreak\ttab\r\u{8}\u{C}\u{1}\u{1F}").json == #""line\nbreak\ttab\r\b\f\u0001\u001f""#)
        #expect(ResponseValue.string("ünïcödé ⚡ 😀").json == "\"ünïcödé ⚡ 😀\"")
        #expect(ResponseValue.string("").json == #""""#)
    }

    @Test("numbers: integers of every size and sign, integral floats as integers, others as Swift prints them")
    func numbers() {
        #expect(ResponseValue.int(0).json == "0")
        #expect(ResponseValue.int(7).json == "7")
        #expect(ResponseValue.int(-42).json == "-42")
        #expect(ResponseValue.int(Int.max).json == "9223372036854775807")
        #expect(ResponseValue.int(Int.min).json == "-9223372036854775808")
        #expect(ResponseValue.float(2.0).json == "2")
        #expect(ResponseValue.float(-0.5).json == "-0.5")
        #expect(ResponseValue.float(43000.25).json == "43000.25")
        #expect(ResponseValue.float(1e20).json == "1e+20")
    }

    @Test("flat objects written member by member: escaped keys and values, one line each, {} when empty")
    func objectLines() {
        var object = JSONObjectWriter()
        object.append("message", "say \"hi\"\n")
        object.append("k\\ey", "é")
        #expect(object.withLine { String(decoding: $0, as: UTF8.self) } == #"{"message":"say \"hi\"\n","k\\ey":"é"}"# + "\n")
        #expect(JSONObjectWriter().withLine { String(decoding: $0, as: UTF8.self) } == "{}\n")
    }

    @Test("members with answer values, past the first capacity: the same bytes as the built object")
    func objectsWithValues() {
        let nested: ResponseValue = ["list": [1, 2.5, nil, true], "text": "a\u{1}b"]
        var object = JSONObjectWriter(capacity: 8)
        object.append("success", true)
        object.append("nested", nested)
        object.append("plain", "x")
        let written = object.withObjectBytes { String(decoding: $0, as: UTF8.self) }
        #expect(written == (["success": true, "nested": nested, "plain": "x"] as ResponseValue).json)
        #expect(JSONObjectWriter().withObjectBytes { String(decoding: $0, as: UTF8.self) } == "{}")
    }

    @Test("a result's response written at once is the response map's JSON")
    func responseWrittenAtOnce() {
        let results = [
            ExecutionResult(data: ResponseObject(["a": 1]), errors: []),
            ExecutionResult(data: nil, errors: [GraphQLError("broken", path: [.key("a")], code: "X")]),
            ExecutionResult(data: nil, errors: [GraphQLError("bad request")], isRequestError: true),
        ]
        for result in results {
            #expect(result.withResponseJSON { String(decoding: $0, as: UTF8.self) } == result.response.json)
        }
    }
}
