import Foundation

/// Keeps this instance's run up to date, so uptime can be measured: records it at start and
/// then every `interval` until cancelled. A failed write is retried at the next beat.
public struct Heartbeat: Sendable {
    public let run: ServiceRun
    let store: any ServiceRunStore
    let interval: Duration
    let clock: @Sendable () -> Date

    public init(store: any ServiceRunStore, interval: Duration = .seconds(30), clock: @escaping @Sendable () -> Date = { Date() }) {
        let now = clock()
        self.run = ServiceRun(instanceId: "run_" + RandomToken.make(byteCount: 12), startedAt: now, lastSeenAt: now)
        self.store = store
        self.interval = interval
        self.clock = clock
    }

    /// Beats until the task is cancelled.
    public func beat() async {
        var run = self.run
        while !Task.isCancelled {
            run.lastSeenAt = clock()
            try? await store.recordAlive(run)
            try? await Task.sleep(for: interval)
        }
    }
}
