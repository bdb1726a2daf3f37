@testable import GraphQLEngine
import Testing

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

@Suite("Validation: possible fragment spreads, case by case")
struct PossibleFragmentSpreadsCases {
    static func never(_ fragment: String?, _ parent: String, _ type: String) -> String {
        let subject = fragment.map { "Fragment \"\($0)\"" } ?? "Fragment"
        return "\(subject) cannot be spread here as objects of type \"\(parent)\" can never be of type \"\(type)\"."
    }

    static let cases: [RuleCase] = [
        RuleCase("fragment objectWithinObject on Dog { ...dogFragment } fragment dogFragment on Dog { barkVolume }"),
        RuleCase("fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }"),
        RuleCase("fragment objectWithinInterface on Pet { ...dogFragment } fragment dogFragment on Dog { barkVolume }"),
        RuleCase("fragment objectWithinUnion on CatOrDog { ...dogFragment } fragment dogFragment on Dog { barkVolume }"),
        RuleCase("fragment unionWithinObject on Dog { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }"),
        RuleCase("fragment unionWithinInterface on Pet { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }"),
        RuleCase("fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }"),
        RuleCase("fragment interfaceWithinObject on Dog { ...petFragment } fragment petFragment on Pet { name }"),
        RuleCase("fragment interfaceWithinInterface on Pet { ...beingFragment } fragment beingFragment on Being { name }"),
        RuleCase("fragment interfaceWithinInterfaceAnon on Pet { ... on Being { name } }"),
        RuleCase("fragment interfaceWithinUnion on CatOrDog { ...petFragment } fragment petFragment on Pet { name }"),
        RuleCase("fragment ignored on Dog { ...UnknownFragment }"),
        RuleCase("fragment ignored on Dog { ... on Unknown { a } }"),
        RuleCase("fragment ignored on Dog { ...F } fragment F on Unknown { a }"),
        RuleCase("fragment invalidObjectWithinObject on Cat { ...dogFragment } fragment dogFragment on Dog { barkVolume }", [never("dogFragment", "Cat", "Dog")]),
        RuleCase("fragment invalidObjectWithinObjectAnon on Cat { ... on Dog { barkVolume } }", [never(nil, "Cat", "Dog")]),
        RuleCase("fragment invalidObjectWithinInterface on Pet { ...humanFragment } fragment humanFragment on Human { pets { name } }", [never("humanFragment", "Pet", "Human")]),
        RuleCase("fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment } fragment humanFragment on Human { pets { name } }", [never("humanFragment", "CatOrDog", "Human")]),
        RuleCase("fragment invalidUnionWithinObject on Human { ...catOrDogFragment } fragment catOrDogFragment on CatOrDog { __typename }", [never("catOrDogFragment", "Human", "CatOrDog")]),
        RuleCase("fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment } fragment humanOrAlienFragment on HumanOrAlien { __typename }", [never("humanOrAlienFragment", "Pet", "HumanOrAlien")]),
        RuleCase("fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment } fragment humanOrAlienFragment on HumanOrAlien { __typename }", [never("humanOrAlienFragment", "CatOrDog", "HumanOrAlien")]),
        RuleCase("fragment invalidInterfaceWithinObject on Cat { ...canineFragment } fragment canineFragment on Canine { barkVolume }", [never("canineFragment", "Cat", "Canine")]),
        RuleCase("fragment invalidInterfaceWithinInterfaceAnon on Pet { ... on Node { id } ... on Canine { barkVolume } }"),
        RuleCase("fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment } fragment petFragment on Pet { name }", [never("petFragment", "HumanOrAlien", "Pet")]),
        RuleCase("fragment invalidInterfaceWithinUnionAnon on HumanOrAlien { ... on Canine { barkVolume } }", [never(nil, "HumanOrAlien", "Canine")]),
        RuleCase("fragment anonymousOnAlien on Alien { ... on Node { id } }", [never(nil, "Alien", "Node")]),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(PossibleFragmentSpreads(), example.source, example.messages)
    }
}
