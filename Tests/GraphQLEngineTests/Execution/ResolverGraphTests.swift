@testable import GraphQLEngine
import GraphQLLanguage
import Testing

/// Start-up refuses a resolver graph that does not match its schema, listing every problem.
@Suite("Resolver graph")
struct ResolverGraphTests {
    struct Account: ResolvedConvertible {
        var id: String
        var balance: Int
        var nickname: String?
    }

    @Test("unbound fields, unknown fields and types, and Swift types that cannot produce the field's type")
    func problems() throws {
        let schema = try Schema.build(sdl: """
            type Query { account: Account accounts: [Account!]! }
            type Account { id: ID! balance: Float! nickname: String! owner: String }
            type Orphan { x: Int }
            """)
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { query in
            query.field("account") { _, _, _ in Account(id: "a", balance: 1, nickname: nil) }
            query.field("accounts") { _, _, _ in "not a list" }
        }
        graph.object("Account", Account.self) { account in
            account.field("id", \.id)
            account.field("balance", \.balance)
            account.field("nickname", \.nickname)
            account.field("colour", \.id)
        }
        let error = try #require(throws: ResolverGraphError.self) { try graph.build() }
        #expect(error.problems == [
            "Account.colour is bound but the schema has no such field.",
            "Account.nickname is bound to Optional<String>, which cannot produce String!.",
            "Account.owner is bound to nothing.",
            "Orphan has no Swift type: register it with object(\"Orphan\", …).",
            "Orphan.x is bound to nothing.",
            "Query.accounts is bound to String, which cannot produce [Account!]!.",
        ])
    }

    @Test("a complete graph builds, Int producing Float included")
    func complete() throws {
        let schema = try Schema.build(sdl: "type Query { account: Account } type Account { id: ID! balance: Float! }")
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { $0.field("account") { _, _, _ in Account(id: "a", balance: 1, nickname: nil) } }
        graph.object("Account", Account.self) { account in
            account.field("id", \.id)
            account.field("balance", \.balance)
        }
        _ = try graph.build()
    }

    @Test("introspection can be switched off per request")
    func introspectionSwitch() async throws {
        let schema = try Schema.build(sdl: "type Query { a: Int }")
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { $0.field("a") { _, _, _ in 1 } }
        let executor = Executor(try graph.build())
        let document = try Document.parse("{ a __typename ...F } fragment F on Query { __schema { queryType { name } } }")
        let denied = await executor.execute(document, context: RequestContext(requestId: "t", allowsIntrospection: false))
        #expect(denied.isRequestError)
        #expect(denied.errors.first?.code == ErrorCode.introspectionDisabled)
        let allowed = await executor.execute(document, context: RequestContext(requestId: "t"))
        #expect(allowed.response.json == #"{"data":{"a":1,"__typename":"Query","__schema":{"queryType":{"name":"Query"}}}}"#)
        let typenameOnly = await executor.execute(try Document.parse("{ __typename }"), context: RequestContext(requestId: "t", allowsIntrospection: false))
        #expect(typenameOnly.response.json == #"{"data":{"__typename":"Query"}}"#)
    }

    struct Person: ResolvedConvertible {
        var name: String
        var settings: Settings
        var tags: [Tag]
    }

    struct Settings: ResolvedConvertible {
        var theme: String
        var next: Settings? { nil }
    }

    struct Tag: ResolvedConvertible {
        var label: String
        var owner: Person
    }

    @Test("fields resolved at once run inline when nothing below them waits, cycles included")
    func inlineFields() async throws {
        let schema = try Schema.build(sdl: """
            type Query { me: Person }
            type Person { name: String! settings: Settings! tags: [Tag!]! friends: [Person!]! }
            type Settings { theme: String! next: Settings }
            type Tag { label: String! owner: Person! }
            """)
        var graph = ResolverGraph(schema: schema)
        let me = Person(name: "ada", settings: Settings(theme: "dark"), tags: [])
        graph.root("Query") { $0.field("me") { _, _, _ in me } }
        graph.object("Person", Person.self) { person in
            person.field("name", \.name)
            person.field("settings", \.settings)
            person.field("tags", \.tags)
            person.batchField("friends") { people, _, _ in people.map { _ in [me] } }
        }
        graph.object("Settings", Settings.self) { settings in
            settings.field("theme", \.theme)
            settings.field("next") { $0.next }
        }
        graph.object("Tag", Tag.self) { tag in
            tag.field("label", \.label)
            tag.field("owner", \.owner)
        }
        let executable = try graph.build()
        func inline(_ type: String, _ field: String) -> Bool? { executable.resolver(type, field)?.runsInline }
        // Leaves read from the parent, and Settings, which only reaches leaves and itself.
        #expect(inline("Person", "name") == true)
        #expect(inline("Settings", "theme") == true)
        #expect(inline("Settings", "next") == true)
        #expect(inline("Person", "settings") == true)
        // A batch resolver waits; Tag reaches Person, which has one, so tags do not run inline.
        #expect(inline("Person", "friends") == false)
        #expect(inline("Tag", "owner") == false)
        #expect(inline("Person", "tags") == false)
        #expect(inline("Query", "me") == false)
        let result = await Executor(executable).execute(
            try Document.parse("{ me { name settings { theme next { theme } } friends { name settings { theme } } } }"),
            context: RequestContext(requestId: "t")
        )
        #expect(result.response.json == #"{"data":{"me":{"name":"ada","settings":{"theme":"dark","next":null},"friends":[{"name":"ada","settings":{"theme":"dark"}}]}}}"#)
    }

    @Test("the loader cache loads a key once per request")
    func loaderCache() async throws {
        let cache = LoaderCache()
        let first = try await cache.value(for: "k") { 1 }
        let second = try await cache.value(for: "k") { 2 }
        #expect(first == 1 && second == 1)
        #expect(cache.count == 1)
        // A request's cache is made when first asked for, then always the same one.
        let context = RequestContext(requestId: "t")
        #expect(context.loaders === context.loaders)
        #expect(try await context.loaders.value(for: "k") { 3 } == 3 && context.loaders.count == 1)
        let given = RequestContext(requestId: "t", loaders: cache)
        #expect(given.loaders === cache)
    }
}
