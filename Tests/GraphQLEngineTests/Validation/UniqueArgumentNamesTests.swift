@testable import GraphQLEngine
import Testing

@Suite("Validation: argument uniqueness")
struct UniqueArgumentNamesTests {
    @Test("distinct arguments, the same argument on different fields") func valid() {
        expectValid(UniqueArgumentNames(), "{ dog { isAtLocation(x: 1, y: 2) a: isAtLocation(x: 1) name @skip(if: true) } }")
    }

    @Test("a repeated argument, reported once with every place") func invalid() {
        expectErrors(UniqueArgumentNames(), "{ dog { isAtLocation(x: 1, x: 2, x: 3) name @skip(if: true, if: false) } }", [
            "1:22,1:28,1:34 There can be only one argument named \"x\".",
            "1:51,1:61 There can be only one argument named \"if\".",
        ])
    }
}

@Suite("Validation: argument uniqueness, case by case")
struct UniqueArgumentNamesCases {
    static func repeated(_ name: String) -> String { "There can be only one argument named \"\(name)\"." }

    static let cases: [RuleCase] = [
        RuleCase("{ field }"),
        RuleCase("{ field @directive }"),
        RuleCase("{ field(arg: \"value\") }"),
        RuleCase("{ field @directive(arg: \"value\") }"),
        RuleCase("{ one: field(arg: \"value\") two: field(arg: \"value\") }"),
        RuleCase("{ field(arg: \"value\") @directive(arg: \"value\") }"),
        RuleCase("{ field @directive1(arg: \"value\") @directive2(arg: \"value\") }"),
        RuleCase("{ field(arg1: \"value\", arg2: \"value\", arg3: \"value\") }"),
        RuleCase("{ field @directive(arg1: \"value\", arg2: \"value\", arg3: \"value\") }"),
        RuleCase("{ field(arg1: \"value\", arg1: \"value\") }", [repeated("arg1")]),
        RuleCase("{ field(arg1: \"value\", arg1: \"value\", arg1: \"value\") }", [repeated("arg1")]),
        RuleCase("{ field @directive(arg1: \"value\", arg1: \"value\") }", [repeated("arg1")]),
        RuleCase("{ field @directive(arg1: \"value\", arg1: \"value\", arg1: \"value\") }", [repeated("arg1")]),
        RuleCase("{ field(a: 1, b: 2, a: 3, b: 4) }", [repeated("a"), repeated("b")]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(UniqueArgumentNames(), example.source, example.messages)
    }
}
