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
