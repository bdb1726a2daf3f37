import Domain
import Foundation

/// Runs of server instances in the `service_runs` table.
public struct SQLServiceRunStore: ServiceRunStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) {
        self.database = database
    }

    public func recordAlive(_ run: ServiceRun) async throws {
        try await database.query(
            """
            INSERT INTO service_runs (instance_id, started_at, last_seen_at) VALUES (?, ?, ?)
            ON CONFLICT (instance_id) DO UPDATE SET last_seen_at = excluded.last_seen_at
            """,
            [.text(run.instanceId), SQLValue.date(run.startedAt), SQLValue.date(run.lastSeenAt)]
        )
    }

    public func runs(seenSince date: Date) async throws -> (runs: [ServiceRun], firstStart: Date?) {
        let rows = try await database.query(
            "SELECT instance_id, started_at, last_seen_at FROM service_runs WHERE last_seen_at >= ?", [SQLValue.date(date)]
        )
        let runs = rows.compactMap { row -> ServiceRun? in
            guard let id = row["instance_id"].text, let started = row["started_at"].real, let seen = row["last_seen_at"].real else { return nil }
            return ServiceRun(instanceId: id, startedAt: Date(timeIntervalSince1970: started), lastSeenAt: Date(timeIntervalSince1970: seen))
        }
        let first = try await database.query("SELECT MIN(started_at) AS first FROM service_runs", []).first?["first"].real
        return (runs, first.map(Date.init(timeIntervalSince1970:)))
    }
}
