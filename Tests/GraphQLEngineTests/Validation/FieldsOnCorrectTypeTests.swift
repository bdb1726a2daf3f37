@testable import GraphQLEngine
import Testing

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

@Suite("Validation: fields on correct type, case by case")
struct FieldsOnCorrectTypeCases {
    static func unknown(_ field: String, _ type: String, _ suggestion: String = "") -> String {
        "Cannot query field \"\(field)\" on type \"\(type)\".\(suggestion)"
    }

    static let cases: [RuleCase] = [
        RuleCase("fragment objectFieldSelection on Dog { __typename name }"),
        RuleCase("fragment aliasedObjectFieldSelection on Dog { tn: __typename otherName: name }"),
        RuleCase("fragment interfaceFieldSelection on Pet { __typename name }"),
        RuleCase("fragment interfaceFieldSelection on Pet { otherName: name }"),
        RuleCase("fragment lyingAliasSelection on Dog { name: nickname }"),
        RuleCase("fragment unknownSelection on UnknownType { unknownField }"),
        RuleCase("fragment typeKnownAgain on Pet { unknown_pet_field { ... on Cat { unknown_cat_field } } }", [unknown("unknown_pet_field", "Pet"), unknown("unknown_cat_field", "Cat")]),
        RuleCase("fragment fieldNotDefined on Dog { meowVolume }", [unknown("meowVolume", "Dog", " Did you mean \"barkVolume\"?")]),
        RuleCase("fragment deepFieldNotDefined on Dog { unknown_field { deeper_unknown_field } }", [unknown("unknown_field", "Dog")]),
        RuleCase("fragment subFieldNotDefined on Human { pets { unknown_field } }", [unknown("unknown_field", "Pet")]),
        RuleCase("fragment fieldNotDefined on Pet { ... on Dog { meowVolume } }", [unknown("meowVolume", "Dog", " Did you mean \"barkVolume\"?")]),
        RuleCase("fragment aliasedFieldTargetNotDefined on Dog { volume: mooVolume }", [unknown("mooVolume", "Dog", " Did you mean \"barkVolume\"?")]),
        RuleCase("fragment aliasedLyingFieldTargetNotDefined on Dog { barkVolume: kawVolume }", [unknown("kawVolume", "Dog", " Did you mean \"barkVolume\"?")]),
        RuleCase("fragment notDefinedOnInterface on Pet { tailLength }", [unknown("tailLength", "Pet")]),
        RuleCase("fragment definedOnImplementorsButNotInterface on Pet { nickname }", [unknown("nickname", "Pet", " Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?")]),
        RuleCase("fragment directFieldSelectionOnUnion on CatOrDog { __typename }"),
        RuleCase("fragment directFieldSelectionOnUnion on CatOrDog { directField }", [unknown("directField", "CatOrDog")]),
        RuleCase("fragment definedOnImplementorsQueriedOnUnion on CatOrDog { name }", [unknown("name", "CatOrDog", " Did you mean to use an inline fragment on \"Being\", \"Named\", \"Pet\", \"Canine\", or \"Cat\"?")]),
        RuleCase("fragment typeSystemMeta on Dog { __schema { queryType { name } } }", [unknown("__schema", "Dog")]),
        RuleCase("fragment validFieldInInlineFragment on Pet { ... on Dog { name } ... { name } }"),
        RuleCase("{ __schema { queryType { nme } } }", [unknown("nme", "__Type", " Did you mean \"name\"?")]),
        RuleCase("mutation { adoptCat(name: \"x\") { name } }", [unknown("adoptCat", "Mutation", " Did you mean \"adoptDog\"?")]),
        RuleCase("subscription { newBird { name } }", [unknown("newBird", "Subscription")]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(FieldsOnCorrectType(), example.source, example.messages)
    }
}
