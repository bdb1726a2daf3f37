import Testing
@testable import GraphQLEngine

@Suite("Validation: fields on correct type")
struct FieldsOnCorrectTypeTests {
    @Test("defined fields, aliases, __typename, interface fields") func valid() {
        expectValid(FieldsOnCorrectType(), "{ __typename dog { tag: name __typename } pet { name } catOrDog { __typename ... on Dog { barks } } }")
    }

    @Test("unknown fields, with field suggestions") func unknownFields() {
        expectErrors(FieldsOnCorrectType(), "{ dog { nam barkVolum } unknownRoot }", [
            "1:9 Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?",
            "1:13 Cannot query field \"barkVolum\" on type \"Dog\". Did you mean \"barkVolume\"?",
            "1:25 Cannot query field \"unknownRoot\" on type \"Query\".",
        ])
    }

    @Test("fields of members on abstract types suggest an inline fragment") func abstractTypes() {
        expectErrors(FieldsOnCorrectType(), "{ pet { barkVolume } catOrDog { name } }", [
            "1:9 Cannot query field \"barkVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Canine\" or \"Dog\"?",
            "1:33 Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Named\", \"Pet\", \"Canine\", or \"Cat\"?",
        ])
    }

    @Test("the meta-fields __schema and __type belong to the query root only") func metaFields() {
        expectValid(FieldsOnCorrectType(), "{ __schema { queryType { name } } __type(name: \"Dog\") { name } }")
        expectErrors(FieldsOnCorrectType(), "{ dog { __schema { types { name } } } }", [
            "1:9 Cannot query field \"__schema\" on type \"Dog\".",
        ])
    }
}
