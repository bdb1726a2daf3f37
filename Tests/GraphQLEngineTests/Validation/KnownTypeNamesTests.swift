@testable import GraphQLEngine
import Testing

@Suite("Validation: known type names")
struct KnownTypeNamesTests {
    @Test("types of variables and fragments that exist") func valid() {
        expectValid(KnownTypeNames(), "query Q($a: String, $b: [ComplexInput!]!) { dog { ...F ... on Pet { name } } } fragment F on Dog { name }")
    }

    @Test("unknown types, with suggestions") func invalid() {
        expectErrors(KnownTypeNames(), "query Q($a: Strin, $b: [Badger!]) { dog { ... on Dgo { name } } }\nfragment F on Peat { name }", [
            "1:13 Unknown type \"Strin\". Did you mean \"String\"?",
            "1:25 Unknown type \"Badger\".",
            "1:50 Unknown type \"Dgo\". Did you mean \"Dog\"?",
            "2:15 Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?",
        ])
    }
}

@Suite("Validation: known type names, case by case")
struct KnownTypeNamesCases {
    static let cases: [RuleCase] = [
        RuleCase("query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) { user(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } } } fragment PetFields on Pet { name }"),
        RuleCase("query Foo($var: JumbledUpLetters) { user(id: 4) { name pets { ... on Badger { name }, ...PetFields } } } fragment PetFields on Peat { name }", [
            "Unknown type \"JumbledUpLetters\".", "Unknown type \"Badger\".", "Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?",
        ]),
        RuleCase("query Foo($var: [Strin]) { a }", ["Unknown type \"Strin\". Did you mean \"String\"?"]),
        RuleCase("query Foo($var: DateTim) { a }", ["Unknown type \"DateTim\". Did you mean \"DateTime\"?"]),
        RuleCase("query Foo($var: __Schema) { a }"),
        RuleCase("fragment F on Query { a } fragment G on Subscription { b } fragment H on __Type { name }"),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(KnownTypeNames(), example.source, example.messages)
    }
}
