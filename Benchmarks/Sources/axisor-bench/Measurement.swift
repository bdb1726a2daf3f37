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

    private init(name: String, sortedSamples: [Double]) {
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
