import Domain
import Foundation
import Testing

/// How long a paid plan lasts (DESIGN.md): one calendar month from settlement, extended from
/// the current expiry when the same plan still runs; lifetime never ends.
@Suite("Plan pricing")
struct PlanPricingTests {
    static func date(_ text: String) -> Date {
        try! Date(text, strategy: .iso8601)
    }

    @Test("one calendar month from settlement, the end of a shorter month included")
    func calendarMonth() {
        #expect(PlanPricing.expiry(of: .basic, settledAt: Self.date("2027-01-15T08:00:00Z"), currentPlan: .free, currentExpiry: nil)
            == Self.date("2027-02-15T08:00:00Z"))
        #expect(PlanPricing.expiry(of: .pro, settledAt: Self.date("2027-01-31T12:00:00Z"), currentPlan: .free, currentExpiry: nil)
            == Self.date("2027-02-28T12:00:00Z"))
    }

    @Test("the same plan still running is extended from its expiry; a lapsed one or another plan starts at settlement")
    func extending() {
        let settled = Self.date("2027-03-10T00:00:00Z")
        #expect(PlanPricing.expiry(of: .basic, settledAt: settled, currentPlan: .basic, currentExpiry: Self.date("2027-03-20T00:00:00Z"))
            == Self.date("2027-04-20T00:00:00Z"))
        #expect(PlanPricing.expiry(of: .basic, settledAt: settled, currentPlan: .basic, currentExpiry: Self.date("2027-03-01T00:00:00Z"))
            == Self.date("2027-04-10T00:00:00Z"))
        #expect(PlanPricing.expiry(of: .pro, settledAt: settled, currentPlan: .basic, currentExpiry: Self.date("2027-03-20T00:00:00Z"))
            == Self.date("2027-04-10T00:00:00Z"))
        #expect(PlanPricing.expiry(of: .lifetime, settledAt: settled, currentPlan: .pro, currentExpiry: Self.date("2027-03-20T00:00:00Z")) == nil)
    }

    @Test("the default prices, in sats")
    func prices() {
        #expect(PlanPricing().prices == [.basic: 25_000, .advanced: 50_000, .pro: 100_000, .lifetime: 500_000])
        #expect(PlanPricing.purchasable == [.basic, .advanced, .pro, .lifetime])
    }
}
