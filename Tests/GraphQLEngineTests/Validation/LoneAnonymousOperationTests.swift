@testable import GraphQLEngine
import Testing

@Suite("Validation: lone anonymous operation")
struct LoneAnonymousOperationTests {
    @Test("one anonymous operation, or only named ones") func valid() {
        expectValid(LoneAnonymousOperation(), "{ dog { name } }")
        expectValid(LoneAnonymousOperation(), "query A { dog { name } } query B { cat { name } }")
        expectValid(LoneAnonymousOperation(), "{ ...F } fragment F on Query { dog { name } }")
    }

    @Test("an anonymous operation beside others") func invalid() {
        expectErrors(LoneAnonymousOperation(), "{ dog { name } }\n{ cat { name } }", [
            "1:1 This anonymous operation must be the only defined operation.",
            "2:1 This anonymous operation must be the only defined operation.",
        ])
        expectErrors(LoneAnonymousOperation(), "{ dog { name } }\nmutation M { adoptDog(name: \"x\") { name } }", [
            "1:1 This anonymous operation must be the only defined operation.",
        ])
    }
}

@Suite("Validation: lone anonymous operation, case by case")
struct LoneAnonymousOperationCases {
    static let message = "This anonymous operation must be the only defined operation."

    static let cases: [RuleCase] = [
        RuleCase("fragment fragA on Type { field }"),
        RuleCase("{ field }"),
        RuleCase("query Foo { field } query Bar { field }"),
        RuleCase("{ ...Foo } fragment Foo on Type { field }"),
        RuleCase("{ fieldA } { fieldB }", [message, message]),
        RuleCase("{ fieldA } mutation Foo { fieldB }", [message]),
        RuleCase("{ fieldA } subscription Foo { fieldB }", [message]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(LoneAnonymousOperation(), example.source, example.messages)
    }
}
