import Foundation

/// One run of a server instance: when it started and when it last said it was alive. Runs
/// are what uptime is computed from, across every instance sharing the database.
public struct ServiceRun: Sendable, Hashable {
    public var instanceId: String
    public var startedAt: Date
    public var lastSeenAt: Date

    public init(instanceId: String, startedAt: Date, lastSeenAt: Date) {
        self.instanceId = instanceId
        self.startedAt = startedAt
        self.lastSeenAt = lastSeenAt
    }
}

/// Where runs are kept.
public protocol ServiceRunStore: Sendable {
    /// Records that an instance is alive (inserting its run the first time).
    func recordAlive(_ run: ServiceRun) async throws
    /// Runs still alive at or after `date`, and the start of the very first run.
    func runs(seenSince date: Date) async throws -> (runs: [ServiceRun], firstStart: Date?)
}

/// The share of a time window during which at least one instance was running.
public enum Availability {
    /// `runs` merged over `[from, to]`; the window starts no earlier than the first run ever
    /// (a service is not "down" before it existed). 1 when nothing is measurable yet.
    public static func fraction(of runs: [ServiceRun], from: Date, to: Date) -> Double {
        guard to > from else { return 1 }
        let intervals = runs.map { (max($0.startedAt, from), min($0.lastSeenAt, to)) }.filter { $0.0 < $0.1 }.sorted { $0.0 < $1.0 }
        var covered: TimeInterval = 0
        var current: (Date, Date)?
        for interval in intervals {
            if let open = current, interval.0 <= open.1 {
                current = (open.0, max(open.1, interval.1))
            } else {
                if let open = current { covered += open.1.timeIntervalSince(open.0) }
                current = interval
            }
        }
        if let open = current { covered += open.1.timeIntervalSince(open.0) }
        return min(1, covered / to.timeIntervalSince(from))
    }
}
