@testable import GraphQLEngine
import Testing

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

@Suite("Validation: input object field uniqueness, case by case")
struct UniqueInputFieldNamesCases {
    static let cases: [RuleCase] = [
        RuleCase("{ field(arg: { f: true }) }"),
        RuleCase("{ field(arg1: { f: true }, arg2: { f: true }) }"),
        RuleCase("{ field(arg: { f1: \"value\", f2: \"value\", f3: \"value\" }) }"),
        RuleCase("{ field(arg: { deep: { deep: { id: 1 } id: 1 } id: 1 }) }"),
        RuleCase("{ field(arg: { f1: \"value\", f1: \"value\" }) }", ["There can be only one input field named \"f1\"."]),
        RuleCase("{ field(arg: { f1: \"value\", f1: \"value\", f1: \"value\" }) }", [
            "There can be only one input field named \"f1\".", "There can be only one input field named \"f1\".",
        ]),
        RuleCase("{ field(arg: { f1: {f2: \"value\", f2: \"value\" }}) }", ["There can be only one input field named \"f2\"."]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(UniqueInputFieldNames(), example.source, example.messages)
    }
}
