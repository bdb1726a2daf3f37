import Testing
@testable import GraphQLEngine
import GraphQLLanguage

@Suite("Validation: operation name uniqueness")
struct UniqueOperationNamesTests {
    @Test("different names, anonymous operations and fragments of the same name") func valid() {
        expectValid(UniqueOperationNames(), "query A { dog { name } } query B { dog { name } }")
        expectValid(UniqueOperationNames(), "query Foo { dog { ...Foo } } fragment Foo on Dog { name }")
        expectValid(UniqueOperationNames(), "{ dog { name } }")
    }

    @Test("a repeated name, whatever the operation kinds") func invalid() {
        expectErrors(UniqueOperationNames(), "query A { dog { name } }\nmutation A { adoptDog(name: \"x\") { name } }", [
            "1:7,2:10 There can be only one operation named \"A\".",
        ])
        expectErrors(UniqueOperationNames(), "query A { a: dog { name } } query A { b: dog { name } } subscription A { newDog { name } }", [
            "1:7,1:35 There can be only one operation named \"A\".",
            "1:7,1:70 There can be only one operation named \"A\".",
        ])
    }
}

@Suite("Validation: lone anonymous operation")
struct LoneAnonymousOperationTests {
    @Test("one anonymous operation, or only named ones") func valid() {
        expectValid(LoneAnonymousOperation(), "{ dog { name } }")
        expectValid(LoneAnonymousOperation(), "query A { dog { name } } query B { cat { name } }")
        expectValid(LoneAnonymousOperation(), "{ ...F } fragment F on Query { dog { name } }")
    }

    @Test("an anonymous operation beside others") func invalid() {
        expectErrors(LoneAnonymousOperation(), "{ dog { name } }\n{ cat { name } }", [
            "1:1 This anonymous operation must be the only defined operation.",
            "2:1 This anonymous operation must be the only defined operation.",
        ])
        expectErrors(LoneAnonymousOperation(), "{ dog { name } }\nmutation M { adoptDog(name: \"x\") { name } }", [
            "1:1 This anonymous operation must be the only defined operation.",
        ])
    }
}

@Suite("Validation: operation type existence")
struct KnownOperationTypesTests {
    @Test("every kind the schema has") func valid() {
        expectValid(KnownOperationTypes(), "query Q { dog { name } } mutation M { adoptDog(name: \"x\") { name } } subscription S { newDog { name } }")
    }

    @Test("a kind the schema lacks") func invalid() throws {
        let schema = try Schema.build(sdl: "type Query { a: Int }")
        let document = try Document.parse("mutation M { a }\nsubscription S { a }")
        #expect(Validator.validate(document, against: schema).map(\.message).filter { $0.contains("not supported") } == [
            "The mutation operation is not supported by the schema.",
            "The subscription operation is not supported by the schema.",
        ])
    }
}

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
