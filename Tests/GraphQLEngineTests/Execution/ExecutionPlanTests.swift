@testable import GraphQLEngine
import GraphQLLanguage
import Testing

/// A plan is worked out once per document and run many times: it must answer exactly what
/// planning for each run would, whatever the variables.
@Suite("Execution plans")
struct ExecutionPlanTests {
    typealias Fixture = ExecutionFixture

    @Test("a plan run again answers as a run planned on its own, abstract types and fragments included")
    func reuse() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let document = try Document.parse("""
            query Q { search(text: "x") { __typename ... on User { id plan payments { ...P } } ...P }
                      node(id: "u2") { id ... on User { name } } }
            fragment P on Payment { id amount }
            """)
        let plan = executor.plan(document)
        let once = await executor.execute(document, context: RequestContext(requestId: "t"))
        #expect(once.errors.isEmpty)
        for _ in 0..<3 {
            let again = await executor.execute(plan, context: RequestContext(requestId: "t"))
            #expect(again.response.json == once.response.json)
        }
        // The union field is planned for each of its members, the fragment's fields where it applies.
        let search = try #require(plan.operations.first?.root?.fields.first)
        #expect(search.children.map(\.type.name).sorted() == ["Payment", "User"])
        #expect(search.child(for: "User")?.keys == ["__typename", "id", "plan", "payments"])
        #expect(search.child(for: "Payment")?.keys == ["__typename", "id", "amount"])
    }

    @Test("@skip and @include that take variables are decided for each run")
    func variableDirectives() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let plan = executor.plan(try Document.parse(
            "query Q($yes: Boolean!) { user(id: \"u0\") { id @skip(if: $yes) name @include(if: $yes) plan @include(if: false) } }"
        ))
        #expect(plan.dependsOnVariables)
        let yes = await executor.execute(plan, variables: ["yes": .boolean(true)], context: RequestContext(requestId: "t"))
        #expect(yes.response.json == #"{"data":{"user":{"name":"user 0"}}}"#)
        let no = await executor.execute(plan, variables: ["yes": .boolean(false)], context: RequestContext(requestId: "t"))
        #expect(no.response.json == #"{"data":{"user":{"id":"u0"}}}"#)
        // Literal conditions are decided once, in the plan.
        #expect(!executor.plan(try Document.parse("{ user(id: \"u0\") { id @skip(if: true) name } }")).dependsOnVariables)
    }

    struct Person: ResolvedConvertible {
        var name: String
        var friends: [Person]
    }

    @Test("a selection set met again is planned once: fragments each spreading the next twice, 30 deep, make a small plan")
    func sharedFragments() async throws {
        let schema = try Schema.build(sdl: "type Query { me: Person } type Person { name: String! friends: [Person!]! }")
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { $0.field("me") { _, _, _ in Person(name: "ada", friends: [Person(name: "bob", friends: [])]) } }
        graph.object("Person", Person.self) { person in
            person.field("name", \.name)
            person.field("friends", \.friends)
        }
        let executor = Executor(try graph.build())
        var text = "{ me { ...F0 } }\n"
        for index in 0..<30 {
            text += "fragment F\(index) on Person { a: friends { ...F\(index + 1) } b: friends { ...F\(index + 1) } }\n"
        }
        text += "fragment F30 on Person { name }\n"
        let plan = executor.plan(try Document.parse(text))
        // Expanded, the selections would be a tree of 2^30 levels' worth; planned, each selection
        // set is planned once for Person.
        var seen: Set<ObjectIdentifier> = []
        var pending = try #require(plan.operations.first?.root?.fields.first?.children)
        while let next = pending.popLast() {
            guard seen.insert(ObjectIdentifier(next)).inserted else { continue }
            pending += next.fields.flatMap(\.children)
        }
        #expect(seen.count == 61)
        let result = await executor.execute(plan, context: RequestContext(requestId: "t"))
        #expect(result.errors.isEmpty)
    }

    @Test("operations are chosen by name in a plan as in a document")
    func operations() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let plan = executor.plan(try Document.parse("query A { users(limit: 1) { id } } mutation B { rename(id: \"u1\", name: \"x\") { name } }"))
        let context = RequestContext(requestId: "t")
        #expect(await executor.execute(plan, operationName: "A", context: context).response.json == #"{"data":{"users":[{"id":"u0"}]}}"#)
        #expect(await executor.execute(plan, operationName: "B", context: context).response.json == #"{"data":{"rename":{"name":"x"}}}"#)
        #expect(await executor.execute(plan, context: context).errors.map(\.message) == ["Must provide operation name if query contains multiple operations."])
    }
}
