import Testing
@testable import GraphQLEngine

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
