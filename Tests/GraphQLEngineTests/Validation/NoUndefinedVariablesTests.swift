@testable import GraphQLEngine
import Testing

@Suite("Validation: all variable uses defined")
struct NoUndefinedVariablesTests {
    @Test("defined variables used in arguments, directives, values and fragments") func valid() {
        expectValid(NoUndefinedVariables(), "query Q($a: Int, $b: Boolean!) { dog { isAtLocation(x: $a) name @include(if: $b) ...F } } fragment F on Dog { isAtLocation(y: $a) }")
    }

    @Test("undefined variables, also in fragments and nested values") func invalid() {
        expectErrors(NoUndefinedVariables(), "query Q { dog { isAtLocation(x: $a) ...F } }\nfragment F on Dog { doesKnowCommand(dogCommand: $c) }", [
            "1:33,1:1 Variable \"$a\" is not defined by operation \"Q\".",
            "2:49,1:1 Variable \"$c\" is not defined by operation \"Q\".",
        ])
        expectErrors(NoUndefinedVariables(), "{ complicatedArgs { complexArgField(complexArg: {requiredField: $r, stringListField: [$s]}) } }", [
            "1:65,1:1 Variable \"$r\" is not defined.",
            "1:87,1:1 Variable \"$s\" is not defined.",
        ])
    }

    @Test("a fragment shared by two operations is checked for each") func sharedFragment() {
        expectErrors(NoUndefinedVariables(), "query A($a: Int) { dog { ...F } }\nquery B { dog { ...F } }\nfragment F on Dog { isAtLocation(x: $a) }", [
            "3:37,2:1 Variable \"$a\" is not defined by operation \"B\".",
        ])
    }
}

@Suite("Validation: all variable uses defined, case by case")
struct NoUndefinedVariablesCases {
    static let cases: [RuleCase] = [
        RuleCase("query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c) }"),
        RuleCase("query Foo($a: String, $b: String, $c: String) { field(a: $a) { field(b: $b) { field(c: $c) } } }"),
        RuleCase("query Foo($a: String, $b: String, $c: String) { ... on Type { field(a: $a) { field(b: $b) { ... on Type { field(c: $c) } } } } }"),
        RuleCase("query Foo($a: String, $b: String, $c: String) { ...FragA } fragment FragA on Type { field(a: $a) { ...FragB } } fragment FragB on Type { field(b: $b) { ...FragC } } fragment FragC on Type { field(c: $c) }"),
        RuleCase("query Foo($a: String, $b: String) { ...FragA } query Bar($a: String) { ...FragA } fragment FragA on Type { field(a: $a) }"),
        RuleCase("query Foo($a: String, $b: String, $c: String) { field(a: $a, b: $b, c: $c, d: $d) }", ["Variable \"$d\" is not defined by operation \"Foo\"."]),
        RuleCase("{ field(a: $a) }", ["Variable \"$a\" is not defined."]),
        RuleCase("query Foo($b: String) { field(a: $a, b: $b, c: $c) }", [
            "Variable \"$a\" is not defined by operation \"Foo\".", "Variable \"$c\" is not defined by operation \"Foo\".",
        ]),
        RuleCase("{ field(a: $a) { field(c: $c) } }", ["Variable \"$a\" is not defined.", "Variable \"$c\" is not defined."]),
        RuleCase("query Foo($a: String, $b: String) { ...FragA } fragment FragA on Type { field(a: $a) { ...FragB } } fragment FragB on Type { field(b: $b) { ...FragC } } fragment FragC on Type { field(c: $c) }",
                 ["Variable \"$c\" is not defined by operation \"Foo\"."]),
        RuleCase("query Foo($b: String) { ...FragA } fragment FragA on Type { field(a: $a) { ...FragB } } fragment FragB on Type { field(b: $b) { ...FragC } } fragment FragC on Type { field(c: $c) }", [
            "Variable \"$a\" is not defined by operation \"Foo\".", "Variable \"$c\" is not defined by operation \"Foo\".",
        ]),
        RuleCase("query Foo($b: String) { ...FragAB } query Bar($a: String) { ...FragAB } fragment FragAB on Type { field(a: $a, b: $b) }", [
            "Variable \"$a\" is not defined by operation \"Foo\".", "Variable \"$b\" is not defined by operation \"Bar\".",
        ]),
        RuleCase("query Foo($a: String) { ...FragAB } query Bar($a: String) { ...FragAB } fragment FragAB on Type { field(a: $a, b: $b) }", [
            "Variable \"$b\" is not defined by operation \"Foo\".", "Variable \"$b\" is not defined by operation \"Bar\".",
        ]),
        RuleCase("query Foo($a: String) { ...FragA } fragment FragA on Type { field(a: $a, b: $b) } query Bar($b: String) { ...FragB } fragment FragB on Type { field(b: $b) }",
                 ["Variable \"$b\" is not defined by operation \"Foo\"."]),
        RuleCase("query Foo($a: String) { field @include(if: $cond) }", ["Variable \"$cond\" is not defined by operation \"Foo\"."]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(NoUndefinedVariables(), example.source, example.messages)
    }
}
