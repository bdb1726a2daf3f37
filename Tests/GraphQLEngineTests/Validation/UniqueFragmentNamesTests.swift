@testable import GraphQLEngine
import Testing

@Suite("Validation: fragment name uniqueness")
struct UniqueFragmentNamesTests {
    @Test("distinct names, inline fragments") func valid() {
        expectValid(UniqueFragmentNames(), "{ dog { ...A ...B ... on Dog { name } } } fragment A on Dog { name } fragment B on Dog { name }")
    }

    @Test("a repeated name, reported against the first") func invalid() {
        expectErrors(UniqueFragmentNames(), "{ dog { ...A } }\nfragment A on Dog { name }\nfragment A on Dog { barks }\nfragment A on Dog { nickname }", [
            "2:10,3:10 There can be only one fragment named \"A\".",
            "2:10,4:10 There can be only one fragment named \"A\".",
        ])
    }
}

@Suite("Validation: fragment name uniqueness, case by case")
struct UniqueFragmentNamesCases {
    static let cases: [RuleCase] = [
        RuleCase("{ field }"),
        RuleCase("{ ...fragA } fragment fragA on Type { field }"),
        RuleCase("{ ...fragA ...fragB ...fragC } fragment fragA on Type { fieldA } fragment fragB on Type { fieldB } fragment fragC on Type { fieldC }"),
        RuleCase("{ ...on Type { fieldA } ...on Type { fieldB } }"),
        RuleCase("query Foo { ...Foo } fragment Foo on Type { field }"),
        RuleCase("{ ...fragA } fragment fragA on Type { fieldA } fragment fragA on Type { fieldB }", ["There can be only one fragment named \"fragA\"."]),
        RuleCase("fragment fragA on Type { fieldA } fragment fragA on Type { fieldB }", ["There can be only one fragment named \"fragA\"."]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(UniqueFragmentNames(), example.source, example.messages)
    }
}
