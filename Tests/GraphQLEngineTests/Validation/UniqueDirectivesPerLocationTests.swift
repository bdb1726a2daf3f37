@testable import GraphQLEngine
import Testing

@Suite("Validation: directives unique per location")
struct UniqueDirectivesPerLocationTests {
    @Test("different directives, repeatable ones, the same one on different nodes") func valid() {
        expectValid(UniqueDirectivesPerLocation(), "{ dog { name @skip(if: false) @include(if: true) nickname @skip(if: false) barks @repeatableOnField @repeatableOnField } }")
    }

    @Test("a non-repeatable directive twice on one node") func invalid() {
        expectErrors(UniqueDirectivesPerLocation(), "{ dog { name @skip(if: true) @skip(if: false) @skip(if: true) ...F @onFragment @onFragment } } fragment F on Dog { name }", [
            "1:14,1:30 The directive \"@skip\" can only be used once at this location.",
            "1:14,1:47 The directive \"@skip\" can only be used once at this location.",
            "1:68,1:80 The directive \"@onFragment\" can only be used once at this location.",
        ])
    }
}

@Suite("Validation: directives unique per location, case by case")
struct UniqueDirectivesPerLocationCases {
    static func twice(_ name: String) -> String { "The directive \"@\(name)\" can only be used once at this location." }

    static let cases: [RuleCase] = [
        RuleCase("fragment Test on Type { field }"),
        RuleCase("fragment Test on Type { field @onField }"),
        RuleCase("fragment Test on Type @onFragment { field @onField }"),
        RuleCase("fragment Test on Type { field @onField @skip(if: true) }"),
        RuleCase("fragment Test on Type { field @onField field @onField }"),
        RuleCase("fragment Test on Type { field @repeatableOnField @repeatableOnField }"),
        RuleCase("fragment Test on Type { field @unknown @unknown }"),
        RuleCase("fragment Test on Type { field @onField @onField }", [twice("onField")]),
        RuleCase("fragment Test on Type { field @onField @onField @onField }", [twice("onField"), twice("onField")]),
        RuleCase("fragment Test on Type { field @onField @skip(if: true) @onField @skip(if: false) }", [twice("onField"), twice("skip")]),
        RuleCase("query Q @onQuery @onQuery { a }", [twice("onQuery")]),
        RuleCase("query Q($a: Int @onVariable @onVariable) { a }", [twice("onVariable")]),
        RuleCase("fragment Test on Type @onFragment @onFragment { field }", [twice("onFragment")]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(UniqueDirectivesPerLocation(), example.source, example.messages)
    }
}
