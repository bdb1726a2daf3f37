@testable import GraphQLEngine
import Testing

@Suite("Validation: single field subscriptions")
struct SingleFieldSubscriptionsTests {
    @Test("one root field, directly, aliased or through fragments") func valid() {
        expectValid(SingleFieldSubscriptions(), "subscription S { newDog { name } }")
        expectValid(SingleFieldSubscriptions(), "subscription S { puppy: newDog { name } }")
        expectValid(SingleFieldSubscriptions(), "subscription S { ...F } fragment F on Subscription { newDog { name } }")
        expectValid(SingleFieldSubscriptions(), "subscription S { newDog { name } newDog { nickname } }")
        expectValid(SingleFieldSubscriptions(), "subscription S { newDog { name @skip(if: true) } }")
    }

    @Test("more than one root field") func severalFields() {
        expectErrors(SingleFieldSubscriptions(), "subscription S { newDog { name }\n newCat { name } }", [
            "2:2 Subscription \"S\" must select only one top level field.",
        ])
        expectErrors(SingleFieldSubscriptions(), "subscription { newDog { name } ...F }\nfragment F on Subscription { newCat { name } }", [
            "2:30 Anonymous Subscription must select only one top level field.",
        ])
    }

    @Test("introspection at the root") func introspection() {
        expectErrors(SingleFieldSubscriptions(), "subscription S { __typename }", [
            "1:18 Subscription \"S\" must not select an introspection top level field.",
        ])
    }

    @Test("@skip and @include at the root, even through fragments") func conditionalRoot() {
        expectErrors(SingleFieldSubscriptions(), "subscription S { newDog @skip(if: false) { name } }", [
            "1:25 Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.",
        ])
        expectErrors(SingleFieldSubscriptions(), "subscription S { ...F @include(if: true) }\nfragment F on Subscription { newDog { name } }", [
            "1:23 Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.",
        ])
    }
}

@Suite("Validation: single field subscriptions, case by case")
struct SingleFieldSubscriptionsCases {
    static let cases: [RuleCase] = [
        RuleCase("subscription ImportantEmails { newDog { name } }"),
        RuleCase("subscription sub { ...newDogFields } fragment newDogFields on Subscription { newDog { name } }"),
        RuleCase("subscription sub { ... on Subscription { newDog { name } } }"),
        RuleCase("subscription sub { newDog { name } newDog { nickname } }"),
        RuleCase("subscription { newDog { name } }"),
        RuleCase("subscription ImportantEmails { newDog { name } notAField }", ["Subscription \"ImportantEmails\" must select only one top level field."]),
        RuleCase("subscription ImportantEmails { newDog { name } __typename }", [
            "Subscription \"ImportantEmails\" must select only one top level field.",
            "Subscription \"ImportantEmails\" must not select an introspection top level field.",
        ]),
        RuleCase("subscription ImportantEmails { __typename }", ["Subscription \"ImportantEmails\" must not select an introspection top level field."]),
        RuleCase("subscription ImportantEmails { newDog { name } newCat { name } moreFields }", ["Subscription \"ImportantEmails\" must select only one top level field."]),
        RuleCase("subscription ImportantEmails { newDog { name } ...F } fragment F on Subscription { newCat { name } }", ["Subscription \"ImportantEmails\" must select only one top level field."]),
        RuleCase("subscription { newDog { name } newCat { name } }", ["Anonymous Subscription must select only one top level field."]),
        RuleCase("subscription { __schema { queryType { name } } }", ["Anonymous Subscription must not select an introspection top level field."]),
        RuleCase("subscription { ... on Query { dog { name } } }", ["Anonymous Subscription must select one top level field."]),
        RuleCase("subscription S { newDog @skip(if: false) { name } }", ["Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection."]),
        RuleCase("subscription S { ... @include(if: true) { newDog { name } } }", ["Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection."]),
        RuleCase("query Q { dog { name } dog2: dog { name } }"),
    ]

    @Test("each case reports exactly its errors", arguments: cases)
    func check(_ example: RuleCase) {
        expectMessages(SingleFieldSubscriptions(), example.source, example.messages)
    }
}
