import Testing
@testable import GraphQLEngine

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
