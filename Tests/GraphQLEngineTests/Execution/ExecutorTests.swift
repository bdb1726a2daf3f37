@testable import GraphQLEngine
import GraphQLLanguage
import Synchronization
import Testing

@Suite("Execution")
struct ExecutorTests {
    typealias Fixture = ExecutionFixture

    @Test("key paths, resolvers with arguments, and response keys in selection order")
    func basics() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let result = try await Fixture.run(executor, "{ b: user(id: \"u1\") { plan name id } a: user(id: \"u0\") { score } }")
        #expect(result.errors.isEmpty)
        #expect(result.response.json == #"{"data":{"b":{"plan":"free","name":"user 1","id":"u1"},"a":{"score":0}}}"#)
    }

    @Test("a list of 100 users with their payments costs exactly two store calls")
    func batching() async throws {
        let store = Fixture.Store(userCount: 120, paymentsPerUser: 3)
        let executor = try Fixture.executor(store)
        let result = try await Fixture.run(executor, "{ users(limit: 100) { id payments { id amount } } }")
        #expect(result.errors.isEmpty)
        #expect(store.recordedCalls == ["users", "payments(100)"])
        guard case .list(let users)? = result.data?["users"] else {
            Issue.record("no users")
            return
        }
        #expect(users.count == 100)
        #expect(users[99] == ["id": "u99", "payments": [["id": "u99-p0", "amount": 1000], ["id": "u99-p1", "amount": 2000], ["id": "u99-p2", "amount": 3000]]])
    }

    @Test("fragments, inline fragments, __typename, unions and interfaces")
    func abstractTypes() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let result = try await Fixture.run(executor, """
            { search(text: "x") { __typename ... on User { id plan } ...P }
              node(id: "u2-p1") { __typename id ... on Payment { currency } } }
            fragment P on Payment { amount }
            """)
        #expect(result.errors.isEmpty)
        #expect(result.response.json == #"{"data":{"search":[{"__typename":"User","id":"u0","plan":"lifetime"},{"__typename":"Payment","amount":1000}],"node":{"__typename":"Payment","id":"u2-p1","currency":"sats"}}}"#)
    }

    @Test("@skip and @include with literals and variables")
    func conditionalSelections() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let result = try await Fixture.run(
            executor, "query Q($yes: Boolean!) { user(id: \"u0\") { id @skip(if: $yes) name @include(if: $yes) plan @include(if: false) } }",
            variables: ["yes": .boolean(true)]
        )
        #expect(result.response.json == #"{"data":{"user":{"name":"user 0"}}}"#)
    }

    @Test("a field error nulls the field and carries its path and location")
    func fieldErrors() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let result = try await Fixture.run(executor, "{ missing: user(id: \"nope\") { id }\n ok: user(id: \"u0\") { id } }")
        #expect(result.response.json == #"{"errors":[{"message":"No such user.","locations":[{"line":1,"column":3}],"path":["missing"],"extensions":{"code":"RESOURCE_NOT_FOUND"}}],"data":{"missing":null,"ok":{"id":"u0"}}}"#)
    }

    @Test("unexpected errors are masked")
    func maskedErrors() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let result = try await Fixture.run(executor, "{ failing }")
        #expect(result.errors.map(\.message) == ["Internal server error."])
        #expect(result.errors.first?.code == ErrorCode.internalServerError)
        #expect(result.data?["failing"] == .null)
    }

    @Test("masked errors reach the context's reporter with their path; errors meant for clients do not")
    func reportedErrors() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let reported = Mutex<[String]>([])
        let context = RequestContext(requestId: "test") { error, path in
            reported.withLock { $0.append("\(path.map(\.description).joined(separator: ".")): \(type(of: error))") }
        }
        _ = try await Fixture.run(executor, "{ failing missing: user(id: \"nope\") { id } }", context: context)
        #expect(reported.withLock { $0 } == ["failing: Secret"])
    }

    /// An item whose `bad` field holds no Int, and whose `late` fails after a wait.
    struct Item: ResolvedConvertible {
        var id: String
        var name: String?
        var code: Int
    }

    struct Detail: ResolvedConvertible {
        var size: Int
    }

    static func itemExecutor() throws -> Executor {
        let schema = try Schema.build(sdl: """
            type Query { one: Item many: [Item] }
            type Item { id: ID! name: String code: Int! bad: Int! late: String detail: Detail! maybe: Detail }
            type Detail { size: Int! bad: Int! }
            """)
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { query in
            query.field("one") { _, _, _ in Item(id: "i1", name: nil, code: 7) }
            query.field("many") { _, _, _ in [Item(id: "i1", name: nil, code: 7), Item(id: "i2", name: "second", code: 8)] }
        }
        graph.object("Item", Item.self) { item in
            item.field("id", \.id)
            item.field("name", \.name)
            item.field("code", \.code)
            item.field("bad") { _ in 1 << 40 }
            item.field("late") { _, _, _ -> String? in
                try await Task.sleep(for: .milliseconds(2))
                throw Fixture.NotFound(message: "Gone.")
            }
            item.field("detail") { Detail(size: $0.code) }
            item.field("maybe") { Detail(size: $0.code) }
        }
        graph.object("Detail", Detail.self) { detail in
            detail.field("size", \.size)
            detail.field("bad") { _ in 1 << 40 }
        }
        return Executor(try graph.build())
    }

    @Test("one object answers as an object of a list does: the same values, the same errors in field order")
    func oneObjectAsAListOfOne() async throws {
        let executor = try Self.itemExecutor()
        let fine = try await Fixture.run(executor, "{ one { __typename id name code } many { __typename id name code } }")
        #expect(fine.errors.isEmpty)
        #expect(fine.response.json == #"{"data":{"one":{"__typename":"Item","id":"i1","name":null,"code":7},"many":[{"__typename":"Item","id":"i1","name":null,"code":7},{"__typename":"Item","id":"i2","name":"second","code":8}]}}"#)
        // `late` fails after `bad` (read at once) has, but comes first in the selection.
        for _ in 0..<5 {
            let failing = try await Fixture.run(executor, "{ one { id late bad } many { id late bad } }")
            #expect(failing.response.json.hasSuffix(#""data":{"one":null,"many":[null,null]}}"#))
            #expect(failing.errors.map { $0.path?.map(\.description).joined(separator: ".") } == ["one.late", "one.bad", "many.0.late", "many.1.late", "many.0.bad", "many.1.bad"])
            #expect(failing.errors.map(\.message) == ["Gone.", "Int cannot represent value: 1099511627776"] + ["Gone.", "Gone.", "Int cannot represent value: 1099511627776", "Int cannot represent value: 1099511627776"])
        }
    }

    @Test("objects read from one parent: their fields, and nulls passed up to the nearest nullable field")
    func objectsOfOneParent() async throws {
        let executor = try Self.itemExecutor()
        let fine = try await Fixture.run(executor, "{ one { detail { size } maybe { size } } many { detail { size } } }")
        #expect(fine.response.json == #"{"data":{"one":{"detail":{"size":7},"maybe":{"size":7}},"many":[{"detail":{"size":7}},{"detail":{"size":8}}]}}"#)
        let failing = try await Fixture.run(executor, "{ one { id maybe { bad } } two: one { detail { bad } } many { detail { bad } } }")
        #expect(failing.response.json.hasSuffix(#""data":{"one":{"id":"i1","maybe":null},"two":null,"many":[null,null]}}"#))
        #expect(failing.errors.map { $0.path?.map(\.description).joined(separator: ".") } == ["one.maybe.bad", "two.detail.bad", "many.0.detail.bad", "many.1.detail.bad"])
    }

    /// A thing whose fields are all read from it: `kind` holds an enum value's name.
    struct Thing: ResolvedConvertible {
        var kind: String
        var count: Int
        var inner: Detail?
    }

    static func thingExecutor(_ thing: Thing) throws -> Executor {
        let schema = try Schema.build(sdl: """
            type Query { thing: Thing things: [Thing!] }
            enum Kind { SMALL LARGE }
            type Thing { kind: Kind! maybeKind: Kind ratio: Float! count: Int! inner: Detail! maybeInner: Detail sizes(of: Int): Int }
            type Detail { size: Int! }
            """)
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { query in
            query.field("thing") { _, _, _ in thing }
            query.field("things") { _, _, _ in [thing] }
        }
        graph.object("Thing", Thing.self) { object in
            object.field("kind", \.kind)
            object.field("maybeKind", \.kind)
            object.field("ratio", \.count)
            object.field("count", \.count)
            object.field("inner") { Detail(size: $0.count) }
            object.field("maybeInner", \.inner)
            object.field("sizes") { $0.count }
        }
        graph.object("Detail", Detail.self) { detail in
            detail.field("size", \.size)
        }
        return Executor(try graph.build())
    }

    @Test("one object whose fields are all read from it is built in one pass; a value not written as read takes the general path")
    func objectReadAtOnce() async throws {
        let fine = try Self.thingExecutor(Thing(kind: "SMALL", count: 3, inner: Detail(size: 4)))
        let plan = fine.plan(try Document.parse("{ thing { __typename kind count inner { size } } other: thing { count sizes(of: 1) } }"))
        let fields = try #require(plan.operations.first?.root?.fields)
        #expect(fields[0].objectPlan?.isAtOnce == true)
        // A field that takes arguments checks them: not at once.
        #expect(fields[1].objectPlan?.isAtOnce == false)
        let listPlan = fine.plan(try Document.parse("{ things { count } }"))
        #expect(listPlan.operations.first?.root?.fields.first?.atOnce == nil)

        let result = await fine.execute(plan, context: RequestContext(requestId: "t"))
        #expect(result.errors.isEmpty)
        #expect(result.response.json == #"{"data":{"thing":{"__typename":"Thing","kind":"SMALL","count":3,"inner":{"size":3}},"other":{"count":3,"sizes":3}}}"#)
        // An Int read for a Float field is coerced, as the general path does.
        let coerced = try await Fixture.run(fine, "{ thing { ratio maybeKind } }")
        #expect(coerced.data == ResponseObject(["thing": ["ratio": .float(3), "maybeKind": "SMALL"]]))

        // A name that is no value of the enum: null where the field is nullable, passed up where not.
        let unknown = try Self.thingExecutor(Thing(kind: "HUGE", count: 1 << 40, inner: nil))
        let nullable = try await Fixture.run(unknown, "{ thing { __typename maybeKind } }")
        #expect(nullable.data == ResponseObject(["thing": ["__typename": "Thing", "maybeKind": nil]]))
        #expect(nullable.errors.map(\.message) == [#"Kind cannot represent value: "HUGE""#])
        #expect(nullable.errors.first?.path == [.key("thing"), .key("maybeKind")])
        let nonNull = try await Fixture.run(unknown, "{ thing { __typename kind } }")
        #expect(nonNull.data == ResponseObject(["thing": nil]))
        #expect(nonNull.errors.first?.path == [.key("thing"), .key("kind")])
        // Below: a null object where it may be; a failure two levels down passed up to the
        // nearest nullable field.
        let objects = try await Fixture.run(unknown, "{ thing { maybeInner { size } } again: thing { inner { size } } }")
        #expect(objects.data == ResponseObject(["thing": ["maybeInner": nil], "again": nil]))
        #expect(objects.errors.map(\.message) == ["Int cannot represent value: 1099511627776"])
        #expect(objects.errors.first?.path == [.key("again"), .key("inner"), .key("size")])
    }

    @Test("a field read from the parent still checks its arguments, for one object as for a list")
    func argumentsOfFieldsReadFromTheParent() async throws {
        let schema = try Schema.build(sdl: """
            type Query { one: Item many: [Item] }
            type Item { id: ID! name(style: Int! = 1): String }
            """)
        var graph = ResolverGraph(schema: schema)
        graph.root("Query") { query in
            query.field("one") { _, _, _ in Item(id: "i1", name: "first", code: 1) }
            query.field("many") { _, _, _ in [Item(id: "i1", name: "first", code: 1), Item(id: "i2", name: "second", code: 2)] }
        }
        graph.object("Item", Item.self) { item in
            item.field("id", \.id)
            item.field("name", \.name)
        }
        let executor = Executor(try graph.build())
        let query = "query($style: Int) { one { id name(style: $style) } many { name(style: $style) } }"
        let fine = try await Fixture.run(executor, query, variables: ["style": .int(2)])
        #expect(fine.response.json == #"{"data":{"one":{"id":"i1","name":"first"},"many":[{"name":"first"},{"name":"second"}]}}"#)
        let explicitNull = try await Fixture.run(executor, query, variables: ["style": .null])
        #expect(explicitNull.data == ResponseObject(["one": ["id": "i1", "name": nil], "many": [["name": nil], ["name": nil]]]))
        #expect(explicitNull.errors.map { $0.path?.map(\.description).joined(separator: ".") } == ["one.name", "many.0.name", "many.1.name"])
        #expect(Set(explicitNull.errors.map(\.code)) == [ErrorCode.badUserInput])
    }

    @Test("null in a non-null field propagates to the nearest nullable parent")
    func nullPropagation() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let result = try await Fixture.run(executor, "{ user(id: \"u0\") { id broken } users(limit: 1) { id } }")
        #expect(result.data?["user"] == .null)
        #expect(result.data?["users"] == [["id": "u0"]])
        #expect(result.errors.map(\.message) == ["Cannot return null for non-nullable field \"broken\"."])
        #expect(result.errors.first?.path == [.key("user"), .key("broken")])

        // Through a non-null list of non-null users, up to the root.
        let rootFailure = try await Fixture.run(executor, "{ users(limit: 2) { broken } }")
        #expect(rootFailure.data == nil)
        #expect(rootFailure.errors.map(\.path) == [[.key("users"), .index(0), .key("broken")], [.key("users"), .index(1), .key("broken")]])
        #expect(rootFailure.response.json.hasSuffix(#""data":null}"#))
    }

    @Test("leaves read by key path are coerced: out-of-range Ints and unknown enum values are field errors at their paths")
    func keyPathLeafCoercion() async throws {
        struct Reading: ResolvedConvertible {
            var count: Int
            var level: String
            var note: String?
            var total: Int
            var at = "2025-01-06T10:30:00Z"
        }
        let schema = try Schema.build(sdl: """
            enum Level { LOW HIGH }
            scalar DateTime
            type Reading { count: Int level: Level note: String total: Int! at: DateTime }
            type Query { readings: [Reading] reading: Reading }
            """)
        var graph = ResolverGraph(schema: schema)
        graph.object("Reading", Reading.self) { reading in
            reading.field("count", \.count)
            reading.field("level", \.level)
            reading.field("note", \.note)
            reading.field("total", \.total)
            reading.field("at", \.at)
        }
        graph.root("Query") { query in
            query.field("readings") { _, _, _ in
                [Reading(count: 1, level: "LOW", note: nil, total: 5), Reading(count: 3_000_000_000, level: "MEDIUM", note: "n", total: 4_000_000_000)]
            }
            query.field("reading") { _, _, _ in Reading(count: 2, level: "HIGH", note: nil, total: 1, at: "2025-02-30T00:00:00Z") }
        }
        // One parent: the same checks, value by value.
        let one = try await Fixture.run(Executor(try graph.build()), "{ reading { count level at } readings { at } }")
        #expect(one.data?["reading"] == ["count": 2, "level": "HIGH", "at": nil])
        #expect(one.data?["readings"] == [["at": "2025-01-06T10:30:00Z"], ["at": "2025-01-06T10:30:00Z"]])
        #expect(one.errors.map(\.message) == [#"DateTime cannot represent value: "2025-02-30T00:00:00Z""#])
        let result = try await Fixture.run(Executor(try graph.build()), "{ readings { count level note total } }")
        // count and level are nullable: null in place; total is non-null: its reading is null.
        #expect(result.data?["readings"] == [["count": 1, "level": "LOW", "note": nil, "total": 5], nil])
        #expect(result.errors.map(\.message) == [
            "Int cannot represent value: 3000000000", "Level cannot represent value: \"MEDIUM\"", "Int cannot represent value: 4000000000",
        ])
        #expect(result.errors.map(\.path) == [
            [.key("readings"), .index(1), .key("count")], [.key("readings"), .index(1), .key("level")], [.key("readings"), .index(1), .key("total")],
        ])
    }

    @Test("fields read by stored key path, computed key path, function, property then transform and without the parent agree, for struct and class parents")
    func propertyReaders() async throws {
        struct Point: ResolvedConvertible {
            var x: Int
            var label: String
            var doubled: Int { x * 2 }
        }
        final class Box: ResolvedConvertible {
            let point: Point
            init(_ point: Point) { self.point = point }
        }
        let schema = try Schema.build(sdl: """
            type Point { x: Int! label: String! doubled: Int! tripled: Int! shout: String! quadrupled: Int! origin: Int! }
            type Box { point: Point! x: Int! label: String! shout: String! }
            type Query { points: [Point!]! boxes: [Box!]! }
            """)
        var graph = ResolverGraph(schema: schema)
        graph.object("Point", Point.self) { point in
            point.field("x", \.x)
            point.field("label", \.label)
            point.field("doubled", \.doubled)
            point.field("tripled") { $0.x * 3 }
            // A stored property then transformed, a computed one then transformed, no property.
            point.field("shout", \.label) { $0.uppercased() }
            point.field("quadrupled", \.doubled) { $0 * 2 }
            point.field("origin", withoutParent: { 0 })
        }
        graph.object("Box", Box.self) { box in
            box.field("point", \.point)
            box.field("x", \.point.x)
            box.field("label") { $0.point.label }
            box.field("shout", \.point.label) { $0.uppercased() }
        }
        let points = [Point(x: 1, label: "one"), Point(x: 2, label: "two \u{1F600}")]
        graph.root("Query") { query in
            query.field("points") { _, _, _ in points }
            query.field("boxes") { _, _, _ in points.map(Box.init) }
        }
        let executor = Executor(try graph.build())
        let query = "{ points { x label doubled tripled shout quadrupled origin } boxes { x label shout point { x } } }"
        let expected = #"{"data":{"points":[{"x":1,"label":"one","doubled":2,"tripled":3,"shout":"ONE","quadrupled":4,"origin":0},{"x":2,"label":"two 😀","doubled":4,"tripled":6,"shout":"TWO 😀","quadrupled":8,"origin":0}],"boxes":[{"x":1,"label":"one","shout":"ONE","point":{"x":1}},{"x":2,"label":"two 😀","shout":"TWO 😀","point":{"x":2}}]}}"#
        let result = try await Fixture.run(executor, query)
        #expect(result.errors.isEmpty)
        #expect(result.response.json == expected)
        // The same read at once and written as JSON.
        let written = try await Fixture.run(Executor(executor.executable, writesObjectsAsJSON: true), query)
        #expect(written.response.json == expected)
    }

    @Test("mutation fields run one after another, in order")
    func serialMutations() async throws {
        let store = Fixture.Store()
        let executor = try Fixture.executor(store)
        let result = try await Fixture.run(executor, "mutation { a: rename(id: \"u0\", name: \"A\") { name } b: rename(id: \"u0\", name: \"B\") { name } c: rename(id: \"u0\", name: \"C\") { name } }")
        #expect(store.recordedCalls == ["rename A", "rename B", "rename C"])
        #expect(result.response.json == #"{"data":{"a":{"name":"A"},"b":{"name":"B"},"c":{"name":"C"}}}"#)
    }

    @Test("enum results and enum arguments")
    func enums() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let result = try await Fixture.run(executor, "{ users(plan: lifetime) { id plan } }")
        #expect(result.response.json == #"{"data":{"users":[{"id":"u0","plan":"lifetime"}]}}"#)
    }

    @Test("operation selection by name, and its errors")
    func operationSelection() async throws {
        let executor = try Fixture.executor(Fixture.Store())
        let document = try Document.parse("query A { users(limit: 1) { id } } query B { user(id: \"u1\") { id } }")
        let context = RequestContext(requestId: "t")
        let chosen = await executor.execute(document, operationName: "B", context: context)
        #expect(chosen.response.json == #"{"data":{"user":{"id":"u1"}}}"#)
        let ambiguous = await executor.execute(document, context: context)
        #expect(ambiguous.response.json == #"{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"BAD_USER_INPUT"}}]}"#)
        let unknown = await executor.execute(document, operationName: "C", context: context)
        #expect(unknown.errors.map(\.message) == ["Unknown operation named \"C\"."])
    }
}
