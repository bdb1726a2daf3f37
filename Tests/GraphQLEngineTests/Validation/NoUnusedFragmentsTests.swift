@testable import GraphQLEngine
import Testing

@Suite("Validation: fragments must be used")
struct NoUnusedFragmentsTests {
    @Test("every fragment reached from an operation, maybe through others") func valid() {
        expectValid(NoUnusedFragments(), "query A { dog { ...X } } query B { cat { ...Z } } fragment X on Dog { ...Y } fragment Y on Dog { name } fragment Z on Cat { name }")
    }

    @Test("fragments nobody uses, even if they use each other") func invalid() {
        expectErrors(NoUnusedFragments(), "{ dog { name } }\nfragment A on Dog { ...B }\nfragment B on Dog { ...A }\nfragment C on Dog { name }", [
            "2:1 Fragment \"A\" is never used.",
            "3:1 Fragment \"B\" is never used.",
            "4:1 Fragment \"C\" is never used.",
        ])
    }
}

@Suite("Validation: fragments must be used, case by case")
struct NoUnusedFragmentsCases {
    static let cases: [RuleCase] = [
        RuleCase("{ human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } } } fragment HumanFields1 on Human { name ...HumanFields3 } fragment HumanFields2 on Human { name } fragment HumanFields3 on Human { name }"),
        RuleCase("query Foo { human(id: 4) { ...HumanFields1 } } query Bar { human(id: 4) { ...HumanFields2 } } fragment HumanFields1 on Human { name ...HumanFields3 } fragment HumanFields2 on Human { name } fragment HumanFields3 on Human { name }"),
        RuleCase("query Foo { human(id: 4) { ...HumanFields1 } } query Bar { human(id: 4) { ...HumanFields2 } } fragment HumanFields1 on Human { name ...HumanFields3 } fragment HumanFields2 on Human { name } fragment HumanFields3 on Human { name } fragment Unused1 on Human { name } fragment Unused2 on Human { name }", [
            "Fragment \"Unused1\" is never used.", "Fragment \"Unused2\" is never used.",
        ]),
        RuleCase("query Foo { human(id: 4) { ...HumanFields1 } } fragment HumanFields1 on Human { name ...HumanFields3 } fragment HumanFields3 on Human { name } fragment Unused1 on Human { name ...Unused2 } fragment Unused2 on Human { name ...Unused1 }", [
            "Fragment \"Unused1\" is never used.", "Fragment \"Unused2\" is never used.",
        ]),
        RuleCase("query Foo { human(id: 4) { ...bar } } fragment foo on Human { name }", ["Fragment \"foo\" is never used."]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(NoUnusedFragments(), example.source, example.messages)
    }
}
