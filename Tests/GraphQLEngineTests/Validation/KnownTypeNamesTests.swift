import Testing
@testable import GraphQLEngine

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
