import Testing
@testable import GraphQLEngine

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
