import BenchData
import Foundation
import GraphQLEngine
import GraphQLLanguage
import PeerGraphQLSwift

// `make bench`: release-build measurements, medians over repeated runs, ours beside GraphQLSwift
// and the hand-written limit, all from this one run.

// `axisor-bench --profile a|b|c|d|e|p [N]`: only our engine on one workload, N times (2,000 by
// default), for perf or callgrind.
if let flag = CommandLine.arguments.firstIndex(of: "--profile"), flag + 1 < CommandLine.arguments.count {
    let iterations = CommandLine.arguments.count > flag + 2 ? Int(CommandLine.arguments[flag + 2]) ?? 2_000 : 2_000
    let workload = CommandLine.arguments[flag + 1]
    if workload == "a" {
        let document = GeneratedDocument.forParsing()
        for _ in 0..<iterations { _ = try Document.parse(document) }
        exit(0)
    }
    try await Task.detached {
        let ours = try EngineWorkloads.executor(BenchRoot.shared)
        if workload == "b" {
            for _ in 0..<iterations { _ = try await EngineWorkloads.run(ours, Workloads.introspection) }
            return
        }
        if workload == "e" {
            let long = try Document.parse(Workloads.longQuery)
            for _ in 0..<iterations { _ = Validator.validate(long, against: ours.executable.schema) }
            return
        }
        // p: the dashboard's profile operation alone, a small query like a REST route's, where
        // the engine's fixed cost per operation shows.
        let documents = switch workload {
        case "c": try Workloads.dashboard.map { try EngineWorkloads.prepare(ours, $0) }
        case "p": [try EngineWorkloads.prepare(ours, Workloads.dashboard[0])]
        default: [try EngineWorkloads.prepare(ours, Workloads.admin)]
        }
        for _ in 0..<iterations {
            for document in documents { _ = await EngineWorkloads.execute(ours, document) }
        }
    }.value
    exit(0)
}

// (a) parsing a generated document of over 1 MB.
// Both engines parse the same text.
let document = GeneratedDocument.forParsing()
let megabytes = Double(document.utf8.count) / 1_000_000
// One parse each in alternating rounds, as (b) to (e) alternate: a slow phase of the machine
// falls on both sides of the ratio.
let parsing = try PairedMeasurement.alternating(
    "parse", rounds: 9, ours: { try Document.parse(document) }, other: { try GraphQLSwiftPeer.parseDocument(document) }
)

// `axisor-bench --only a`: (a) alone, ours beside GraphQLSwift, for parser work; the best
// round too, which a noisy machine disturbs least.
if CommandLine.arguments.contains("--only") {
    print("(a) parse \(String(format1: megabytes)) MB: ours \(rate(megabytes / parsing.ours.median, "MB/s")) "
        + "(best \(rate(megabytes / parsing.ours.samples[0], "MB/s"))), GraphQLSwift \(rate(megabytes / parsing.other.median, "MB/s")) "
        + "(best \(rate(megabytes / parsing.other.samples[0], "MB/s"))), ours faster by \(ratio(1 / parsing.ratio))")
    exit(0)
}

// The measurements run off the main actor, as a server's requests do: the main actor would add
// a thread hop to every await of every engine.
try await Task.detached { try await Bench.run(parsing: parsing, megabytes: megabytes) }.value

enum Bench {
    /// (b) to (e), then the table with (a), which the main thread measured (parsing is synchronous).
    static func run(parsing: PairedMeasurement, megabytes: Double) async throws {
        let root = BenchRoot.shared
        let ours = try EngineWorkloads.executor(root)
        let peer = try GraphQLSwiftPeer(sdl: Workloads.sdl, root: root)

        // Every engine must do the same work: ours writes exactly the limit's bytes, and each answers
        // every workload without errors.
        for (query, expected) in zip(Workloads.dashboard, HandWritten.dashboard(root)) {
            let answer = try await EngineWorkloads.run(ours, query)
            precondition(answer == expected, "ours and the limit differ on \(query)")
            _ = try await peer.run(query)
        }
        let adminAnswer = try await EngineWorkloads.run(ours, Workloads.admin)
        precondition(adminAnswer == HandWritten.admin(root), "ours and the limit differ on the admin query")
        _ = try await peer.run(Workloads.admin)
        _ = try await peer.run(Workloads.introspection)
        let oursLong = try Document.parse(Workloads.longQuery)
        let peerLong = try GraphQLSwiftPeer.parseDocument(Workloads.longQuery)
        precondition(Validator.validate(oursLong, against: ours.executable.schema).isEmpty && peer.validate(peerLong) == 0, "the long query must be valid")


        // (b) introspection; (c) the dashboard batch; (d) the admin page; (e) validation alone.
        // Ours and the other side alternate, round by round: each ratio is the median of the rounds'.
        let introspection = try await PairedMeasurement.of("b", rounds: 12, oursBatch: 20, otherBatch: 1) {
            _ = try await EngineWorkloads.run(ours, Workloads.introspection)
        } other: {
            _ = try await peer.run(Workloads.introspection)
        }
        let introspectionOurs = introspection.ours
        // (c) and (d) execute documents parsed and validated once, as both servers do with a document
        // cache (ours also keeps the document's execution plan, as the gateway does): what is left
        // is the engine's own work, next to the limit's.
        let dashboardDocuments = try Workloads.dashboard.map { try EngineWorkloads.prepare(ours, $0) }
        let dashboardPrepared = try Workloads.dashboard.map { try peer.prepare($0) }
        let adminDocument = try EngineWorkloads.prepare(ours, Workloads.admin)
        let adminPrepared = try peer.prepare(Workloads.admin)
        // Against the limit: about 4 ms of each per round.
        let dashboard = await PairedMeasurement.of("c", rounds: 60, oursBatch: 20, otherBatch: 100) {
            for document in dashboardDocuments { _ = await EngineWorkloads.execute(ours, document) }
        } other: {
            _ = HandWritten.dashboard(root)
        }
        let dashboardOurs = dashboard.ours
        let dashboardPeer = try await Measurement.of("c peer", runs: 20) {
            for prepared in dashboardPrepared { _ = try await peer.execute(prepared) }
        }
        let admin = await PairedMeasurement.of("d", rounds: 40, oursBatch: 3, otherBatch: 10) {
            _ = await EngineWorkloads.execute(ours, adminDocument)
        } other: {
            _ = HandWritten.admin(root)
        }
        let adminOurs = admin.ours
        let adminPeer = try await Measurement.of("d peer", runs: 8) { _ = try await peer.execute(adminPrepared) }
        let validation = await PairedMeasurement.of("e", rounds: 20, oursBatch: 20, otherBatch: 2) {
            _ = Validator.validate(oursLong, against: ours.executable.schema)
        } other: {
            _ = peer.validate(peerLong)
        }
        let validationOurs = validation.ours

        let graphQLCore = GraphQLCorePeer.measure()

        func core(_ key: String, _ ours: Measurement) -> EngineResults.Comparison? {
            graphQLCore?[key].map { EngineResults.Comparison(rate: 1 / $0, times: $0 / ours.median) }
        }
        let lines = Workloads.longQuery.split(separator: "\n").count
        let results = EngineResults(workloads: [
            .init(
                key: "a", name: "parse \(String(format1: megabytes)) MB", unit: "MB/s", ours: megabytes / parsing.ours.median,
                graphQLSwift: .init(rate: megabytes / parsing.other.median, times: 1 / parsing.ratio)
            ),
            .init(
                key: "b", name: "introspection query", unit: "ops/s", ours: 1 / introspectionOurs.median,
                graphQLSwift: .init(rate: 1 / introspection.other.median, times: 1 / introspection.ratio), graphQLCore: core("b", introspectionOurs)
            ),
            .init(
                key: "c", name: "dashboard: 3 operations, executed", unit: "ops/s", ours: 1 / dashboardOurs.median,
                graphQLSwift: .init(rate: 1 / dashboardPeer.median, times: dashboardPeer.median / dashboardOurs.median),
                graphQLCore: core("c", dashboardOurs), limit: .init(rate: 1 / dashboard.other.median, times: dashboard.ratio)
            ),
            .init(
                key: "d", name: "admin: 100 users x 10 payments, executed", unit: "ops/s", ours: 1 / adminOurs.median,
                graphQLSwift: .init(rate: 1 / adminPeer.median, times: adminPeer.median / adminOurs.median),
                graphQLCore: core("d", adminOurs), limit: .init(rate: 1 / admin.other.median, times: admin.ratio)
            ),
            .init(
                key: "e", name: "validate \(lines) lines with fragments", unit: "ops/s", ours: 1 / validationOurs.median,
                graphQLSwift: .init(rate: 1 / validation.other.median, times: 1 / validation.ratio)
            ),
        ])
        print("Axisor Gateway benchmarks (release build, medians; one run, side by side)")
        print("")
        results.printTable()
        try results.writeIfAsked()
    }
}
