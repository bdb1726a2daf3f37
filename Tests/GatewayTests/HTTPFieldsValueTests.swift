@testable import Gateway
import HTTPTypes
import Testing

/// Header reads and writes on every request's path, without the subscript's joined copies:
/// they must say what the subscript says.
@Suite("Header fields read and set in place")
struct HTTPFieldsValueTests {
    @Test("a field's value is the subscript's: one field as it stands, several joined, none nil, names in any case")
    func value() {
        var fields: HTTPFields = [.accept: "application/json", HTTPField.Name("AUTHORIZATION")!: "Bearer abc"]
        #expect(fields.value(of: .authorization) == "Bearer abc")
        #expect(fields.value(of: .accept) == fields[.accept])
        #expect(fields.value(of: .contentType) == nil)
        fields.append(HTTPField(name: .accept, value: "text/plain"))
        #expect(fields.value(of: .accept) == "application/json, text/plain")
        #expect(fields.value(of: .accept) == fields[.accept])
        fields.append(HTTPField(name: .cookie, value: "a=1"))
        fields.append(HTTPField(name: .cookie, value: "b=2"))
        #expect(fields.value(of: .cookie) == "a=1; b=2")
    }

    @Test("setting a field appends it when absent and replaces every field of that name when present")
    func set() {
        var fields: HTTPFields = [.contentType: "application/json"]
        fields.set(.requestId, to: "req_1")
        #expect(fields.map(\.name) == [.contentType, .requestId])
        fields.append(HTTPField(name: .requestId, value: "req_2"))
        fields.set(.requestId, to: "req_3")
        #expect(fields[values: .requestId] == ["req_3"])
        #expect(fields.count == 2)
    }
}
