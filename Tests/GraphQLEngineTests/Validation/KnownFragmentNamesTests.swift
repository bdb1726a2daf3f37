@testable import GraphQLEngine
import Testing

@Suite("Validation: known fragment names")
struct KnownFragmentNamesTests {
    @Test("spreads of defined fragments, anywhere") func valid() {
        expectValid(KnownFragmentNames(), "{ dog { ...A ... on Dog { ...B } } } fragment A on Dog { ...B } fragment B on Dog { name }")
    }

    @Test("spreads of undefined fragments") func invalid() {
        expectErrors(KnownFragmentNames(), "{ dog { ...Missing ... on Dog { ...AlsoMissing } } }", [
            "1:12 Unknown fragment \"Missing\".",
            "1:36 Unknown fragment \"AlsoMissing\".",
        ])
    }
}

@Suite("Validation: known fragment names, case by case")
struct KnownFragmentNamesCases {
    static let cases: [RuleCase] = [
        RuleCase("{ human(id: 4) { ...HumanFields1 ... on Human { ...HumanFields2 } ... { name } } } fragment HumanFields1 on Human { name ...HumanFields3 } fragment HumanFields2 on Human { name } fragment HumanFields3 on Human { name }"),
        RuleCase("{ human(id: 4) { ...UnknownFragment1 ... on Human { ...UnknownFragment2 } } } fragment HumanFields on Human { name ...UnknownFragment3 }", [
            "Unknown fragment \"UnknownFragment1\".", "Unknown fragment \"UnknownFragment2\".", "Unknown fragment \"UnknownFragment3\".",
        ]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(KnownFragmentNames(), example.source, example.messages)
    }
}
