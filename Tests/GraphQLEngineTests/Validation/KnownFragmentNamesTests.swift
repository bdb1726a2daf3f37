import Testing
@testable import GraphQLEngine

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
