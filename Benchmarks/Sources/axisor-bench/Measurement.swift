/// Runs a workload repeatedly and keeps the median: these machines are noisy, and the median
/// of several runs is what survives the noise.
struct Measurement {
    var name: String
    /// Seconds per run, sorted.
    var samples: [Double]

    init(name: String, runs: Int, warmUp: Int = 2, _ body: () throws -> Void) rethrows {
        self.name = name
        for _ in 0..<warmUp { try body() }
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            let elapsed = try clock.measure(body)
            samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        self.samples = samples.sorted()
    }

    var median: Double { samples[samples.count / 2] }
}
