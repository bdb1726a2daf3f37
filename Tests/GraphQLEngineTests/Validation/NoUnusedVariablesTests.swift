@testable import GraphQLEngine
import Testing

@Suite("Validation: all variables used")
struct NoUnusedVariablesTests {
    @Test("variables used directly or through fragments") func valid() {
        expectValid(NoUnusedVariables(), "query Q($a: Int, $b: Int) { dog { isAtLocation(x: $a) ...F } } fragment F on Dog { ...G } fragment G on Dog { isAtLocation(y: $b) }")
    }

    @Test("unused variables, even if an unused fragment would use them") func invalid() {
        expectErrors(NoUnusedVariables(), "query Q($a: Int, $b: Int) { dog { name } }\nfragment F on Dog { isAtLocation(x: $a) }", [
            "1:9 Variable \"$a\" is never used in operation \"Q\".",
            "1:18 Variable \"$b\" is never used in operation \"Q\".",
        ])
        expectErrors(NoUnusedVariables(), "query ($a: Int) { dog { name } }", ["1:8 Variable \"$a\" is never used."])
    }
}

@Suite("Validation: all variables used, case by case")
struct NoUnusedVariablesCases {
    static let cases: [RuleCase] = [
        RuleCase("query ($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }"),
        RuleCase("query Foo($a: String, $b: String, $c: String) { field(a: $a) { field(b: $b) { field(c: $c) } } }"),
        RuleCase("query Foo($a: String, $b: String, $c: String) { ...FragA } fragment FragA on Type { field(a: $a) { ...FragB } } fragment FragB on Type { field(b: $b) { ...FragC } } fragment FragC on Type { field(c: $c) }"),
        RuleCase("query Foo($a: String) { ...FragA } query Bar($b: String) { ...FragB } fragment FragA on Type { field(a: $a) } fragment FragB on Type { field(b: $b) }"),
        RuleCase("query Foo($cond: Boolean!) { field @include(if: $cond) }"),
        RuleCase("query ($a: String, $b: String, $c: String) { field(a: $a, b: $b) }", ["Variable \"$c\" is never used."]),
        RuleCase("query Foo($a: String, $b: String, $c: String) { field(b: $b) }", [
            "Variable \"$a\" is never used in operation \"Foo\".", "Variable \"$c\" is never used in operation \"Foo\".",
        ]),
        RuleCase("query Foo($a: String, $b: String, $c: String) { ...FragA } fragment FragA on Type { field(a: $a) { ...FragB } } fragment FragB on Type { field(b: $b) { ...FragC } } fragment FragC on Type { field }",
                 ["Variable \"$c\" is never used in operation \"Foo\"."]),
        RuleCase("query Foo($a: String) { ...FragA } fragment FragA on Type { field { ...FragB } } fragment FragB on Type { field(b: $b) }",
                 ["Variable \"$a\" is never used in operation \"Foo\"."]),
        RuleCase("query Foo($b: String) { ...FragA } fragment FragA on Type { field(a: $a) } fragment FragB on Type { field(b: $b) }",
                 ["Variable \"$b\" is never used in operation \"Foo\"."]),
        RuleCase("query Foo($b: String) { ...FragA } query Bar($a: String) { ...FragB } fragment FragA on Type { field(a: $a) } fragment FragB on Type { field(b: $b) }", [
            "Variable \"$b\" is never used in operation \"Foo\".", "Variable \"$a\" is never used in operation \"Bar\".",
        ]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(NoUnusedVariables(), example.source, example.messages)
    }
}
