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

    /// The same for asynchronous workloads.
    init(name: String, runs: Int, warmUp: Int = 2, async body: () async throws -> Void) async rethrows {
        self.name = name
        for _ in 0..<warmUp { try await body() }
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            try await body()
            samples.append(Self.seconds(clock.now - start))
        }
        self.samples = samples.sorted()
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    var median: Double { samples[samples.count / 2] }
}
