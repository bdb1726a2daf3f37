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

print("Axisor Gateway benchmarks (release build, median of \(parse.samples.count) runs)")
print("")
print("workload                                   result")
print("(a) parse \(String(format1: megabytes)) MB, \(definitions) definitions   \(String(format1: megabytes / parse.median)) MB/s")

extension String {
    /// One decimal place, without Foundation.
    init(format1 value: Double) {
        let tenths = Int(value * 10 + 0.5)
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
