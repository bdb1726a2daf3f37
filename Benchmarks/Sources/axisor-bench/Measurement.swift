/// Runs a workload repeatedly and keeps the median: these machines are noisy, and the median
/// of several runs is what survives the noise.
struct Measurement {
    var name: String
    /// Seconds per run, sorted.
    var samples: [Double]

    init(name: String, sortedSamples: [Double]) {
        self.name = name
        self.samples = sortedSamples
    }

    /// `body` run `runs` times after `warmUp` untimed runs.
    static func of(_ name: String, runs: Int, warmUp: Int = 2, _ body: () async throws -> Void) async rethrows -> Measurement {
        for _ in 0..<warmUp { try await body() }
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            try await body()
            samples.append((clock.now - start).seconds)
        }
        return Measurement(name: name, sortedSamples: samples.sorted())
    }

    var median: Double { samples[samples.count / 2] }
}

/// Ours and another (the limit, or a peer engine) timed in alternating rounds, so that both see
/// the same machine: a noisy neighbour that slows one round slows both sides of it. Each round
/// times a batch of each; the ratio reported is the median of the rounds' ratios.
struct PairedMeasurement {
    var ours: Measurement
    var other: Measurement
    /// Median over rounds of (ours per operation) / (the other's per operation).
    var ratio: Double

    static func of(
        _ name: String, rounds: Int, oursBatch: Int, otherBatch: Int, ours: () async throws -> Void, other: () async throws -> Void
    ) async rethrows -> PairedMeasurement {
        for _ in 0..<2 {
            try await ours()
            try await other()
        }
        let clock = ContinuousClock()
        var timed = Rounds()
        for _ in 0..<rounds {
            let start = clock.now
            for _ in 0..<oursBatch { try await ours() }
            let middle = clock.now
            for _ in 0..<otherBatch { try await other() }
            let end = clock.now
            timed.add(ours: (middle - start).seconds / Double(oursBatch), other: (end - middle).seconds / Double(otherBatch))
        }
        return timed.measurement(name)
    }

    /// One run of each per round, for work that takes milliseconds (parsing a large document).
    /// Each result is dropped after its run is timed, on both sides: freeing a large result is
    /// not part of making it.
    static func alternating<Ours, Other>(
        _ name: String, rounds: Int, warmUp: Int = 2, ours: () throws -> Ours, other: () throws -> Other
    ) rethrows -> PairedMeasurement {
        for _ in 0..<warmUp {
            _ = try ours()
            _ = try other()
        }
        var timed = Rounds()
        for _ in 0..<rounds {
            timed.add(ours: try secondsApart(ours), other: try secondsApart(other))
        }
        return timed.measurement(name)
    }

    /// The seconds `body` takes, its result freed after the clock stops.
    private static func secondsApart<Result>(_ body: () throws -> Result) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = (clock.now - start).seconds
        withExtendedLifetime(result) {}
        return elapsed
    }

    /// Each round's seconds per operation on both sides, and the measurement they make.
    private struct Rounds {
        var ours: [Double] = []
        var other: [Double] = []
        var ratios: [Double] = []

        mutating func add(ours oursEach: Double, other otherEach: Double) {
            ours.append(oursEach)
            other.append(otherEach)
            ratios.append(oursEach / otherEach)
        }

        func measurement(_ name: String) -> PairedMeasurement {
            PairedMeasurement(
                ours: Measurement(name: name, sortedSamples: ours.sorted()),
                other: Measurement(name: name + " other", sortedSamples: other.sorted()),
                ratio: ratios.sorted()[ratios.count / 2]
            )
        }
    }
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
