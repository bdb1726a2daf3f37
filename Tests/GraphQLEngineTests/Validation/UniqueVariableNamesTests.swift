@testable import GraphQLEngine
import Testing

@Suite("Validation: variable uniqueness")
struct UniqueVariableNamesTests {
    @Test("distinct names, the same name in different operations") func valid() {
        expectValid(UniqueVariableNames(), "query A($x: Int, $y: Int) { dog { name } } query B($x: Int) { dog { name } }")
    }

    @Test("one error per repeated name, at every definition") func invalid() {
        expectErrors(UniqueVariableNames(), "query A($x: Int, $x: Int, $x: String, $y: Int, $y: Int) { dog { name } }", [
            "1:9,1:18,1:27 There can be only one variable named \"$x\".",
            "1:39,1:48 There can be only one variable named \"$y\".",
        ])
    }
}

@Suite("Validation: variable uniqueness, case by case")
struct UniqueVariableNamesCases {
    static let cases: [RuleCase] = [
        RuleCase("query A($x: Int, $y: String) { __typename } query B($x: String, $y: Int) { __typename }"),
        RuleCase("query A($x: Int, $x: Int, $x: String) { __typename } query B($x: String, $x: Int) { __typename } query C($x: Int, $x: Int) { __typename }", [
            "There can be only one variable named \"$x\".", "There can be only one variable named \"$x\".", "There can be only one variable named \"$x\".",
        ]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(UniqueVariableNames(), example.source, example.messages)
    }
}
