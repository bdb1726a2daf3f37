import Domain
import Synchronization

/// Counts this instance's answers for the admin dashboard (response time, error rate); the
/// Prometheus metrics carry the same facts in detail.
public final class TrafficTally: TrafficSource, Sendable {
    private let counts = Mutex(TrafficStatistics())

    public init() {}

    func record(status: Int, milliseconds: Double) {
        counts.withLock { counts in
            counts.requests += 1
            counts.totalMilliseconds += milliseconds
            if status >= 500 { counts.serverErrors += 1 }
        }
    }

    public func statistics() -> TrafficStatistics {
        counts.withLock { $0 }
    }
}
