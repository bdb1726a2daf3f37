import Testing
@testable import GraphQLEngine

@Suite("Validation: fragments on composite types")
struct FragmentsOnCompositeTypesTests {
    @Test("objects, interfaces, unions, and no condition") func valid() {
        expectValid(FragmentsOnCompositeTypes(), "fragment A on Dog { name } fragment B on Pet { name } fragment C on CatOrDog { __typename } { dog { ... { name } ... on Dog { name } } }")
    }

    @Test("scalars, enums and input objects") func invalid() {
        expectErrors(FragmentsOnCompositeTypes(), "fragment A on Boolean { bad }\nfragment B on FurColor { bad }\n{ dog { ... on ComplexInput { bad } } }", [
            "1:15 Fragment \"A\" cannot condition on non composite type \"Boolean\".",
            "2:15 Fragment \"B\" cannot condition on non composite type \"FurColor\".",
            "3:16 Fragment cannot condition on non composite type \"ComplexInput\".",
        ])
    }
}
