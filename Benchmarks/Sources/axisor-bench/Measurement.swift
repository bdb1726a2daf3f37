/// Runs a workload repeatedly and keeps the median: these machines are noisy, and the median
/// of several runs is what survives the noise.
struct Measurement {
    var name: String
    /// Seconds per run, sorted.
    var samples: [Double]

    /// - Parameter afterEach: untimed clean-up after each run, such as dropping its result.
    init(name: String, runs: Int, warmUp: Int = 2, afterEach: () -> Void = {}, _ body: () throws -> Void) rethrows {
        self.name = name
        for _ in 0..<warmUp {
            try body()
            afterEach()
        }
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            let elapsed = try clock.measure(body)
            afterEach()
            samples.append(Self.seconds(elapsed))
        }
        self.samples = samples.sorted()
    }

    init(name: String, sortedSamples: [Double]) {
        self.name = name
        self.samples = sortedSamples
    }

    /// The same for asynchronous workloads.
    static func of(_ name: String, runs: Int, warmUp: Int = 2, _ body: () async throws -> Void) async rethrows -> Measurement {
        for _ in 0..<warmUp { try await body() }
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            try await body()
            samples.append(seconds(clock.now - start))
        }
        return Measurement(name: name, sortedSamples: samples.sorted())
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
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
        var oursSamples: [Double] = []
        var otherSamples: [Double] = []
        var ratios: [Double] = []
        for _ in 0..<rounds {
            let start = clock.now
            for _ in 0..<oursBatch { try await ours() }
            let middle = clock.now
            for _ in 0..<otherBatch { try await other() }
            let end = clock.now
            let oursEach = seconds(middle - start) / Double(oursBatch)
            let otherEach = seconds(end - middle) / Double(otherBatch)
            oursSamples.append(oursEach)
            otherSamples.append(otherEach)
            ratios.append(oursEach / otherEach)
        }
        return PairedMeasurement(
            ours: Measurement(name: name, sortedSamples: oursSamples.sorted()),
            other: Measurement(name: name + " other", sortedSamples: otherSamples.sorted()),
            ratio: ratios.sorted()[ratios.count / 2]
        )
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
        let clock = ContinuousClock()
        var oursSamples: [Double] = []
        var otherSamples: [Double] = []
        var ratios: [Double] = []
        for _ in 0..<rounds {
            let oursStart = clock.now
            let oursResult = try ours()
            let oursEach = seconds(clock.now - oursStart)
            withExtendedLifetime(oursResult) {}
            let otherStart = clock.now
            let otherResult = try other()
            let otherEach = seconds(clock.now - otherStart)
            withExtendedLifetime(otherResult) {}
            oursSamples.append(oursEach)
            otherSamples.append(otherEach)
            ratios.append(oursEach / otherEach)
        }
        return PairedMeasurement(
            ours: Measurement(name: name, sortedSamples: oursSamples.sorted()),
            other: Measurement(name: name + " other", sortedSamples: otherSamples.sorted()),
            ratio: ratios.sorted()[ratios.count / 2]
        )
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
