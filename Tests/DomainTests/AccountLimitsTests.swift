import Domain
import Testing

@Suite("Account limits")
struct AccountLimitsTests {
    @Test("each plan's account limit, as the seed lists them")
    func accountLimits() {
        #expect(AccountLimits.perPlan == [.free: 1, .basic: 3, .advanced: 5, .pro: 10, .lifetime: 15])
        #expect(AccountLimits(plan: .pro, currentAccounts: 2).maxAccounts == 10)
    }
}
