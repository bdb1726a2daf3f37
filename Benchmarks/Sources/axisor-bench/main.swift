import GraphQLEngine
import GraphQLLanguage

// `make bench`: release-build measurements, medians over repeated runs.

let document = GeneratedDocument.make(minimumBytes: 1_200_000)
let megabytes = Double(document.utf8.count) / 1_000_000

// Check the workload parses before timing it.
let definitions = try Document.parse(document).definitions.count

// The document is freed after the clock stops: the figure is the time from source text to a
// ready AST, as a server sees it before executing; freeing is the consumer's cost.
var parsed: Document? = nil
let parse = try Measurement(name: "parse", runs: 15, afterEach: { parsed = nil }) {
    parsed = try Document.parse(document)
}

let executor = try EngineWorkloads.executor()
let introspection = try await Measurement(name: "introspection", runs: 30) {
    _ = try await EngineWorkloads.run(executor, EngineWorkloads.introspectionQuery)
}
let list = try await Measurement(name: "list", runs: 50) {
    _ = try await EngineWorkloads.run(executor, EngineWorkloads.listQuery)
}
let nested = try await Measurement(name: "nested", runs: 30) {
    _ = try await EngineWorkloads.run(executor, EngineWorkloads.nestedQuery)
}

print("Axisor Gateway benchmarks (release build, medians)")
print("")
print("workload                                                        result")
print(row("(a) parse \(String(format1: megabytes)) MB, \(definitions) definitions", "\(String(format1: megabytes / parse.median)) MB/s"))
print(row("(b) parse + validate + execute the standard introspection query", "\(Int(1 / introspection.median)) ops/s"))
print(row("    a list of 100 objects with 10 scalar fields", "\(Int(1 / list.median)) ops/s"))
print(row("    100 users x 10 payments with nested objects (batch resolver)", "\(Int(1 / nested.median)) ops/s"))

func row(_ workload: String, _ result: String) -> String {
    workload + String(repeating: " ", count: max(1, 64 - workload.count)) + result
}

extension String {
    /// One decimal place, without Foundation.
    init(format1 value: Double) {
        let tenths = Int(value * 10 + 0.5)
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
