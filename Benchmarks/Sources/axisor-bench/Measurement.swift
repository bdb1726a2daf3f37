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
            samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        self.samples = samples.sorted()
    }

    var median: Double { samples[samples.count / 2] }
}
