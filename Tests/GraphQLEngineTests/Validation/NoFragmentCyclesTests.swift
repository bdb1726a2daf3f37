@testable import GraphQLEngine
import Testing

@Suite("Validation: fragments must not form cycles")
struct NoFragmentCyclesTests {
    @Test("chains, repeated spreads, unknown fragments") func valid() {
        expectValid(NoFragmentCycles(), "fragment A on Dog { ...B ...B ...C } fragment B on Dog { ...C } fragment C on Dog { name ...Unknown }")
    }

    @Test("a fragment that spreads itself") func selfSpread() {
        expectErrors(NoFragmentCycles(), "fragment A on Dog { ...A }", ["1:21 Cannot spread fragment \"A\" within itself."])
        expectErrors(NoFragmentCycles(), "fragment A on Pet { ... on Dog { ...A } }", ["1:34 Cannot spread fragment \"A\" within itself."])
    }

    @Test("longer cycles name the fragments on the way") func longerCycles() {
        expectErrors(NoFragmentCycles(), "fragment A on Dog { ...B }\nfragment B on Dog { ...C }\nfragment C on Dog { ...A }", [
            "1:21,2:21,3:21 Cannot spread fragment \"A\" within itself via \"B\", \"C\".",
        ])
    }

    @Test("several cycles from one fragment, each reported once") func severalCycles() {
        expectErrors(NoFragmentCycles(), "fragment A on Dog { ...B ...C }\nfragment B on Dog { ...A }\nfragment C on Dog { ...A }", [
            "1:21,2:21 Cannot spread fragment \"A\" within itself via \"B\".",
            "1:26,3:21 Cannot spread fragment \"A\" within itself via \"C\".",
        ])
    }
}

@Suite("Validation: fragments must not form cycles, case by case")
struct NoFragmentCyclesCases {
    static let cases: [RuleCase] = [
        RuleCase("fragment fragA on Dog { ...fragB } fragment fragB on Dog { name }"),
        RuleCase("fragment fragA on Dog { ...fragB, ...fragB } fragment fragB on Dog { name }"),
        RuleCase("fragment fragA on Dog { ...fragB, ...fragC } fragment fragB on Dog { ...fragC } fragment fragC on Dog { name }"),
        RuleCase("fragment nameFragment on Pet { ... on Dog { name } ... on Cat { name } } fragment spreadsInAnon on Pet { ... on Dog { ...nameFragment } ... on Cat { ...nameFragment } }"),
        RuleCase("query Foo { ...Unknown }"),
        RuleCase("fragment fragA on Human { relatives { ...fragA } }", ["Cannot spread fragment \"fragA\" within itself."]),
        RuleCase("fragment fragA on Dog { ...fragA }", ["Cannot spread fragment \"fragA\" within itself."]),
        RuleCase("fragment fragA on Pet { ... on Dog { ...fragA } }", ["Cannot spread fragment \"fragA\" within itself."]),
        RuleCase("fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragA }", ["Cannot spread fragment \"fragA\" within itself via \"fragB\"."]),
        RuleCase("fragment fragB on Dog { ...fragA } fragment fragA on Dog { ...fragB }", ["Cannot spread fragment \"fragB\" within itself via \"fragA\"."]),
        RuleCase("fragment fragA on Pet { ... on Dog { ...fragB } } fragment fragB on Pet { ... on Dog { ...fragA } }", ["Cannot spread fragment \"fragA\" within itself via \"fragB\"."]),
        RuleCase("fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragC } fragment fragC on Dog { ...fragO } fragment fragX on Dog { ...fragY } fragment fragY on Dog { ...fragZ } fragment fragZ on Dog { ...fragO } fragment fragO on Dog { ...fragP } fragment fragP on Dog { ...fragA, ...fragX }", [
            "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".",
            "Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".",
        ]),
        RuleCase("fragment fragA on Dog { ...fragB, ...fragC } fragment fragB on Dog { ...fragA } fragment fragC on Dog { ...fragA }", [
            "Cannot spread fragment \"fragA\" within itself via \"fragB\".",
            "Cannot spread fragment \"fragA\" within itself via \"fragC\".",
        ]),
        RuleCase("fragment fragA on Dog { ...fragC } fragment fragB on Dog { ...fragC } fragment fragC on Dog { ...fragA, ...fragB }", [
            "Cannot spread fragment \"fragA\" within itself via \"fragC\".",
            "Cannot spread fragment \"fragC\" within itself via \"fragB\".",
        ]),
        RuleCase("fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragB, ...fragC } fragment fragC on Dog { ...fragA, ...fragB }", [
            "Cannot spread fragment \"fragB\" within itself.",
            "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".",
            "Cannot spread fragment \"fragB\" within itself via \"fragC\".",
        ]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(NoFragmentCycles(), example.source, example.messages)
    }
}
