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

@Suite("Validation: variables are input types")
struct VariablesAreInputTypesTests {
    @Test("scalars, enums, input objects, wrapped") func valid() {
        expectValid(VariablesAreInputTypes(), "query Q($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { dog { name } }")
    }

    @Test("output types") func invalid() {
        expectErrors(VariablesAreInputTypes(), "query Q($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }", [
            "1:13 Variable \"$a\" cannot be non-input type \"Dog\".",
            "1:22 Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".",
            "1:42 Variable \"$c\" cannot be non-input type \"Pet\".",
        ])
    }
}

@Suite("Validation: possible fragment spreads")
struct PossibleFragmentSpreadsTests {
    @Test("spreads that some object can satisfy") func valid() {
        expectValid(PossibleFragmentSpreads(), """
            { dog { ...A ...B ...C } catOrDog { ...A ...B ...D } pet { ...A ...D ... on Canine { barkVolume } } }
            fragment A on Dog { barks }
            fragment B on CatOrDog { __typename }
            fragment C on Pet { name }
            fragment D on DogOrHuman { __typename }
            """)
    }

    @Test("spreads no object can satisfy") func invalid() {
        expectErrors(PossibleFragmentSpreads(), """
            { dog { ...CatFields ... on Human { iq } } catOrDog { ...HumanOrAlienFields } pet { ... on Alien { numEyes } } }
            fragment CatFields on Cat { meows }
            fragment HumanOrAlienFields on HumanOrAlien { __typename }
            """, [
            "1:9 Fragment \"CatFields\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".",
            "1:22 Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Human\".",
            "1:55 Fragment \"HumanOrAlienFields\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".",
            "1:85 Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Alien\".",
        ])
    }
}
