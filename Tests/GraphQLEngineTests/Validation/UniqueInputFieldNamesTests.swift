import Testing
@testable import GraphQLEngine

@Suite("Validation: input object field uniqueness")
struct UniqueInputFieldNamesTests {
    @Test("distinct fields, the same names in different objects") func valid() {
        expectValid(UniqueInputFieldNames(), "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) a: complexArgField(complexArg: {requiredField: true}) } }")
    }

    @Test("a repeated field, at any depth") func invalid() {
        expectErrors(UniqueInputFieldNames(), "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, requiredField: false}) dateArgField(at: {a: {b: 1, b: 2}}) } }", [
            "1:50,1:71 There can be only one input field named \"requiredField\".",
            "1:116,1:122 There can be only one input field named \"b\".",
        ])
    }
}
