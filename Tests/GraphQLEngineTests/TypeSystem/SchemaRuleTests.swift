import GraphQLEngine
import GraphQLLanguage
import Testing

/// Each type-system rule refuses what it should, with the reference implementation's wording
/// and the location of the offending definition. Every case is a whole schema with exactly the
/// listed problems.
@Suite("Schema: type-system rules")
struct SchemaRuleTests {
    private func problems(_ sdl: String) -> [String] {
        do {
            _ = try Schema.build(sdl: sdl, name: "s.graphql")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("names and definitions are unique")
    func uniqueness() {
        #expect(problems("type Query { a: Int } type Query { b: Int }") == [
            "s.graphql:1:6: There can be only one type named \"Query\".",
        ])
        #expect(problems("type Query { a: Int a: String }") == ["s.graphql:1:14: Field \"Query.a\" can only be defined once."])
        #expect(problems("type Query { a(x: Int, x: Int): Int }") == ["s.graphql:1:16: Argument \"Query.a(x:)\" can only be defined once."])
        #expect(problems("type Query { a: E } enum E { A B A }") == ["s.graphql:1:30: Enum value \"E.A\" can only be defined once."])
        #expect(problems("type Query { a: Int } extend type Query { a: Int }") == ["s.graphql:1:14: Field \"Query.a\" can only be defined once."])
        #expect(problems("type Query { a: Int } directive @d on FIELD directive @d on FIELD") == [
            "s.graphql:1:34: There can be only one directive named \"@d\".",
        ])
        #expect(problems("type Query { a: Int } scalar String") == [
            "s.graphql:1:30: Type \"String\" already exists in the schema. It cannot also be defined in this type definition.",
        ])
        #expect(problems("type Query { a: Int } directive @skip on FIELD") == [
            "s.graphql:1:34: Directive \"@skip\" already exists in the schema. It cannot be redefined.",
        ])
    }

    @Test("one schema definition, one type per operation")
    func schemaDefinitions() {
        #expect(problems("schema { query: Query } schema { query: Query } type Query { a: Int }") == [
            "s.graphql:1:25: Must provide only one schema definition.",
        ])
        #expect(problems("schema { query: Query } extend schema { query: Query } type Query { a: Int }") == [
            "s.graphql:1:10: There can be only one query type in schema.",
        ])
    }

    @Test("root operation types exist and are object types")
    func rootTypes() {
        #expect(problems("type Foo { a: Int }") == ["Query root type must be provided."])
        #expect(problems("schema { query: Q } interface Q { a: Int }") == [
            "s.graphql:1:21: Query root type must be Object type, it cannot be Q.",
        ])
        #expect(problems("schema { query: Query mutation: M } type Query { a: Int } input M { a: Int }") == [
            "s.graphql:1:59: Mutation root type must be Object type if provided, it cannot be M.",
        ])
    }

    @Test("every referenced type is known")
    func knownTypes() {
        #expect(problems("type Query { a: Missing b(x: [Gone!]): Int } union U = Nope") == [
            "s.graphql:1:17: Unknown type \"Missing\".",
            "s.graphql:1:31: Unknown type \"Gone\".",
            "s.graphql:1:56: Unknown type \"Nope\".",
        ])
    }

    @Test("names beginning with __ are reserved for introspection")
    func reservedNames() {
        #expect(problems("type Query { __a: Int } type __T { a: Int }") == [
            "s.graphql:1:14: Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "s.graphql:1:25: Name \"__T\" must not begin with \"__\", which is reserved by GraphQL introspection.",
        ])
    }

    @Test("fields take output types, arguments and input fields take input types")
    func inputAndOutputPositions() {
        #expect(problems("type Query { a: In b(x: Query): Int } input In { c: Query }") == [
            "s.graphql:1:14: The type of Query.a must be Output Type but got: In.",
            "s.graphql:1:22: The type of Query.b(x:) must be Input Type but got: Query.",
            "s.graphql:1:50: The type of In.c must be Input Type but got: Query.",
        ])
    }

    @Test("object, interface, union, enum and input types are not empty")
    func emptyTypes() {
        #expect(problems("type Query { a: Int } type T interface I union U enum E input In") == [
            "s.graphql:1:23: Type T must define one or more fields.",
            "s.graphql:1:30: Type I must define one or more fields.",
            "s.graphql:1:42: Union type U must define one or more member types.",
            "s.graphql:1:50: Enum type E must define one or more values.",
            "s.graphql:1:57: Input Object type In must define one or more fields.",
        ])
    }

    @Test("objects implement interfaces fully, with covariant field types")
    func interfaceImplementation() {
        #expect(problems("""
            type Query { a: Int }
            interface Node { id: ID! name(locale: String): String }
            type A implements Node { id: ID }
            type B implements Node { id: ID! name: String }
            type C implements Node { id: ID! name(locale: Int): String }
            type D implements Node { id: ID! name(locale: String, extra: Int!): String }
            type E implements Node { id: ID! name(locale: String): String }
            """) == [
            "s.graphql:2:18: Interface field Node.id expects type ID! but A.id is type ID.",
            "s.graphql:2:26: Interface field Node.name expected but A does not provide it.",
            "s.graphql:2:31: Interface field argument Node.name(locale:) expected but B.name does not provide it.",
            "s.graphql:2:31: Interface field argument Node.name(locale:) expects type String but C.name(locale:) is type Int.",
            "s.graphql:6:55: Argument D.name(extra:) must not be required type Int! if not provided by the Interface field Node.name.",
        ])
    }

    @Test("covariance accepts subtypes: non-null, members of unions, implementations")
    func covariance() {
        #expect(problems("""
            type Query { a: Int }
            interface Node { id: ID friend: Node results: [R] }
            union R = A
            type A implements Node { id: ID! friend: A! results: [A!]! }
            """) == [])
    }

    @Test("interfaces of interfaces must be implemented, without cycles or repeats")
    func interfacesOfInterfaces() {
        #expect(problems("""
            type Query { a: Int }
            interface Node { id: ID! }
            interface Resource implements Node { id: ID! }
            type A implements Resource { id: ID! }
            type B implements Node & Node { id: ID! }
            type C implements Query { a: Int }
            interface I implements J & I { x: Int }
            interface J implements I { x: Int }
            """) == [
            "s.graphql:4:1: Type A must implement Node because it is implemented by Resource.",
            "s.graphql:5:1: Type B can only implement Node once.",
            "s.graphql:6:1: Type C must only implement Interface types, it cannot implement Query.",
            "s.graphql:7:1: Type I cannot implement itself because it would create a circular reference.",
            "s.graphql:8:1: Type J cannot implement I because it would create a circular reference.",
        ])
    }

    @Test("union members are distinct object types")
    func unionMembers() {
        #expect(problems("type Query { a: Int } type A { a: Int } interface I { a: Int } union U = A | A | I") == [
            "s.graphql:1:64: Union type U can only include type A once.",
            "s.graphql:1:64: Union type U can only include Object types, it cannot include I.",
        ])
    }

    @Test("@oneOf fields are nullable without defaults; required ones are not deprecated")
    func inputObjectFields() {
        #expect(problems("""
            type Query { a(x: Int! @deprecated): Int }
            input One @oneOf { a: Int! b: Int = 1 c: Int }
            input Old { a: Int! @deprecated b: Int! = 1 @deprecated }
            """) == [
            "s.graphql:1:16: Required argument Query.a(x:) cannot be deprecated.",
            "s.graphql:2:20: OneOf input field One.a must be nullable.",
            "s.graphql:2:28: OneOf input field One.b cannot have a default value.",
            "s.graphql:3:13: Required input field Old.a cannot be deprecated.",
        ])
    }

    @Test("a cycle of non-null input fields is refused; a nullable or list link breaks it")
    func inputObjectCycles() {
        #expect(problems("""
            type Query { a(x: A): Int }
            input A { b: B! }
            input B { a: A! }
            input Fine { self: Fine list: [Fine!]! }
            """) == [
            "s.graphql:2:11: Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".",
        ])
    }

    @Test("extensions extend defined types of their own kind")
    func possibleExtensions() {
        #expect(problems("type Query { a: Int } extend type Missing { a: Int } extend enum Query { X }") == [
            "s.graphql:1:35: Cannot extend type \"Missing\" because it is not defined.",
            "s.graphql:1:66: Cannot extend non-enum type \"Query\".",
        ])
    }

    @Test("applied directives are known, in their place, once unless repeatable, with right arguments")
    func appliedDirectives() {
        #expect(problems("""
            directive @d(req: Int!) on FIELD_DEFINITION
            directive @r repeatable on OBJECT
            type Query @r @r {
              a: Int @unknown
              b: Int @d
              c: Int @d(req: 1, req: 2)
              d: Int @d(req: 1, other: 2)
              e: Int @d(req: 1) @d(req: 2)
              f: Int @deprecated(reason: "x") @specifiedBy(url: "u")
            }
            extend type Query @d(req: 1)
            """) == [
            "s.graphql:4:10: Unknown directive \"@unknown\".",
            "s.graphql:5:10: Argument \"@d(req:)\" of type \"Int!\" is required, but it was not provided.",
            "s.graphql:6:13: There can be only one argument named \"req\".",
            "s.graphql:7:21: Unknown argument \"other\" on directive \"@d\".",
            "s.graphql:8:10: The directive \"@d\" can only be used once at this location.",
            "s.graphql:9:35: Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION.",
            "s.graphql:11:19: Directive \"@d\" may not be used on OBJECT.",
        ])
    }

    @Test("executable definitions do not belong in a schema")
    func executableDefinitions() {
        #expect(problems("type Query { a: Int } query Q { a }") == [
            "s.graphql:1:23: A schema holds type-system definitions only; operation \"Q\" is executable.",
        ])
    }

    @Test("every problem is reported at once, in reading order")
    func allProblemsAtOnce() {
        #expect(problems("enum E\ntype Query { a: Missing }\nunion U = Query | Query") == [
            "s.graphql:1:1: Enum type E must define one or more values.",
            "s.graphql:2:17: Unknown type \"Missing\".",
            "s.graphql:3:1: Union type U can only include type Query once.",
        ])
    }
}
