import Foundation

/// The admin dashboard's figures, computed from the database and this instance's counters.
public struct AdminStatistics: Sendable {
    let users: any UserStore
    let runs: any ServiceRunStore
    let traffic: any TrafficSource
    let backups: any BackupLog
    /// When the answering instance started: it is up now, whatever its last heartbeat says.
    let runningSince: Date?
    let clock: @Sendable () -> Date

    /// How far back uptime looks.
    public static let uptimeWindow: TimeInterval = 30 * 24 * 3_600

    public init(
        users: any UserStore, runs: any ServiceRunStore, traffic: any TrafficSource, backups: any BackupLog, runningSince: Date?,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.users = users
        self.runs = runs
        self.traffic = traffic
        self.backups = backups
        self.runningSince = runningSince
        self.clock = clock
    }

    public func userStatistics() async throws -> UserStatistics {
        try await users.statistics(createdSince: Calendar.utc.startOfDay(for: clock()))
    }

    public func systemStatistics() async throws -> SystemStatistics {
        let now = clock()
        let windowStart = now.addingTimeInterval(-Self.uptimeWindow)
        var (recorded, firstStart) = try await runs.runs(seenSince: windowStart)
        if let runningSince {
            recorded.append(ServiceRun(instanceId: "", startedAt: runningSince, lastSeenAt: now))
        }
        let from = max(windowStart, [firstStart, runningSince].compactMap { $0 }.min() ?? now)
        let served = traffic.statistics()
        return SystemStatistics(
            uptime: Availability.fraction(of: recorded, from: from, to: now), meanResponseMilliseconds: served.meanMilliseconds,
            errorRate: served.errorRate, lastBackupAt: try await backups.latest()?.takenAt
        )
    }
}

/// How the service is doing.
public struct SystemStatistics: Sendable, Hashable {
    /// The share of the last 30 days (or of the time since the first start) that an instance was up.
    public var uptime: Double
    /// Mean time to answer, over what this instance has served.
    public var meanResponseMilliseconds: Double
    /// The share of this instance's answers that were server errors (5xx).
    public var errorRate: Double
    public var lastBackupAt: Date?

    public init(uptime: Double, meanResponseMilliseconds: Double, errorRate: Double, lastBackupAt: Date?) {
        self.uptime = uptime
        self.meanResponseMilliseconds = meanResponseMilliseconds
        self.errorRate = errorRate
        self.lastBackupAt = lastBackupAt
    }

    /// Uptime as the dashboard shows it, rounded down to a tenth of a percent (`99.9%`), so a
    /// service that was ever down never reads 100%.
    public var uptimePercent: String {
        let tenths = (uptime * 1_000).rounded(.down)
        return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
    }
}
