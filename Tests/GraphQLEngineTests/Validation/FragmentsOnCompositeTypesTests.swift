@testable import GraphQLEngine
import Testing

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

@Suite("Validation: fragments on composite types, case by case")
struct FragmentsOnCompositeTypesCases {
    static let cases: [RuleCase] = [
        RuleCase("fragment validFragment on Dog { barks }"),
        RuleCase("fragment validFragment on Pet { name }"),
        RuleCase("fragment validFragment on Pet { ... on Dog { barks } }"),
        RuleCase("fragment validFragment on Pet { ... { name } }"),
        RuleCase("fragment validFragment on CatOrDog { __typename }"),
        RuleCase("fragment scalarFragment on Boolean { bad }", ["Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\"."]),
        RuleCase("fragment scalarFragment on FurColor { bad }", ["Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\"."]),
        RuleCase("fragment inputFragment on ComplexInput { stringField }", ["Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\"."]),
        RuleCase("fragment invalidFragment on Pet { ... on String { barks } }", ["Fragment cannot condition on non composite type \"String\"."]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(FragmentsOnCompositeTypes(), example.source, example.messages)
    }
}
