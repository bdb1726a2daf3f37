import Domain
import Foundation
import Testing

/// Uptime as the share of a window covered by instance runs.
@Suite("Availability")
struct AvailabilityTests {
    static let start = Date(timeIntervalSince1970: 0)

    static func run(_ from: TimeInterval, _ to: TimeInterval) -> ServiceRun {
        ServiceRun(instanceId: "\(from)", startedAt: start.addingTimeInterval(from), lastSeenAt: start.addingTimeInterval(to))
    }

    @Test("overlapping runs of several instances count once; gaps count as down; runs are clipped to the window")
    func coverage() {
        let runs = [Self.run(0, 40), Self.run(20, 50), Self.run(70, 100), Self.run(-50, 5)]
        #expect(Availability.fraction(of: runs, from: Self.start, to: Self.start.addingTimeInterval(100)) == 0.8)
        #expect(Availability.fraction(of: [], from: Self.start, to: Self.start.addingTimeInterval(100)) == 0)
        #expect(Availability.fraction(of: runs, from: Self.start, to: Self.start) == 1)
    }

    @Test("the dashboard's percentage rounds down to a tenth")
    func percent() {
        func text(_ uptime: Double) -> String {
            SystemStatistics(uptime: uptime, meanResponseMilliseconds: 0, errorRate: 0, lastBackupAt: nil).uptimePercent
        }
        #expect(text(1) == "100.0%")
        #expect(text(0.99999) == "99.9%")
        #expect(text(0.5) == "50.0%")
        #expect(text(0) == "0.0%")
    }

}
