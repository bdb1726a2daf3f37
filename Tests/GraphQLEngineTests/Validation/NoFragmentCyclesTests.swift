import Testing
@testable import GraphQLEngine

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
