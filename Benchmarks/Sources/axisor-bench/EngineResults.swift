import Foundation

/// The engine half's figures: printed as its table, and written as JSON for
/// `Benchmarks/summary.py`, which sets them beside the HTTP half's in the one table `make bench`
/// ends with, each against its target.
struct EngineResults {
    /// The other side of a ratio: its rate, and how many times ours is faster (against a peer)
    /// or slower (against the hand-written limit).
    struct Comparison {
        var rate: Double
        var times: Double
    }

    /// One workload, (a) to (e); rates per second of `unit`.
    struct Figures {
        var key: String
        var name: String
        var unit: String
        var ours: Double
        var graphQLSwift: Comparison
        /// nil for (a) and (e), which graphql-core does not run, and when no Python was given.
        var graphQLCore: Comparison? = nil
        var limit: Comparison? = nil
    }

    /// The workloads graphql-core runs, (b) to (d): "n/a" in the table when it could not.
    static let graphQLCoreWorkloads: Set = ["b", "c", "d"]

    var workloads: [Figures]

    func printTable() {
        let table = Table(columns: [
            "workload", "ours", "GraphQLSwift 4.3.0", "ours faster by", "graphql-core 3.3.2", "ours faster by", "hand-written limit", "ours slower by",
        ])
        for figures in workloads {
            var cells = ["(\(figures.key)) \(figures.name)", rate(figures.ours, figures.unit), rate(figures.graphQLSwift.rate, figures.unit), ratio(figures.graphQLSwift.times)]
            if let core = figures.graphQLCore {
                cells += [rate(core.rate, figures.unit), ratio(core.times)]
            } else {
                cells += [Self.graphQLCoreWorkloads.contains(figures.key) ? "n/a" : "", ""]
            }
            if let limit = figures.limit {
                cells += [rate(limit.rate, figures.unit), ratio(limit.times)]
            }
            table.row(cells)
        }
        table.print()
    }

    /// Written where `AXISOR_BENCH_RESULTS` says, when it says (`make bench` does):
    ///
    ///     {"a": {"name": "parse 1.2 MB", "unit": "MB/s", "ours": 121.0, "graphqlswift": 10.6,
    ///            "faster_than_graphqlswift": 11.6}, "c": {…, "limit": 12170.0, "slower_than_limit": 1.6}, …}
    func writeIfAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["AXISOR_BENCH_RESULTS"] else { return }
        var json: [String: [String: Any]] = [:]
        for figures in workloads {
            var entry: [String: Any] = [
                "name": figures.name, "unit": figures.unit, "ours": figures.ours,
                "graphqlswift": figures.graphQLSwift.rate, "faster_than_graphqlswift": figures.graphQLSwift.times,
            ]
            if let core = figures.graphQLCore {
                entry["graphqlcore"] = core.rate
                entry["faster_than_graphqlcore"] = core.times
            }
            if let limit = figures.limit {
                entry["limit"] = limit.rate
                entry["slower_than_limit"] = limit.times
            }
            json[figures.key] = entry
        }
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
    }
}
