import Foundation

/// Turns the node's settlements into completed payments and plan changes, exactly once however
/// often the same settlement arrives (the stream, re-checks, a status request, a restart).
public struct Settlement: Sendable {
    let payments: any PaymentStore
    let lightning: any LightningBackend
    let clock: @Sendable () -> Date

    public init(payments: any PaymentStore, lightning: any LightningBackend, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.payments = payments
        self.lightning = lightning
        self.clock = clock
    }

    /// Applies a settled invoice; the payment it completed, or nil when none was pending.
    @discardableResult
    public func apply(_ invoice: Invoice) async throws -> Payment? {
        guard invoice.isSettled else { return nil }
        let completed = try await payments.complete(paymentHash: invoice.paymentHash, at: invoice.settledAt ?? clock()) { plan, currentPlan, currentExpiry in
            PlanPricing.expiry(of: plan, settledAt: invoice.settledAt ?? clock(), currentPlan: currentPlan, currentExpiry: currentExpiry)
        }
        if invoice.settleIndex > 0 { try await payments.advanceSettleIndex(to: invoice.settleIndex) }
        return completed
    }

    /// Asks the node about one pending payment: settled ones complete, unpaid ones past their
    /// expiry become expired.
    public func recheck(_ payment: Payment) async throws {
        let invoice = try await lightning.invoice(paymentHash: payment.paymentHash)
        if let invoice, invoice.isSettled {
            try await apply(invoice)
        } else if clock() >= payment.expiresAt {
            _ = try await payments.expire(id: payment.id)
        }
    }

    /// Re-checks every pending payment (at start, and periodically), and lets plans past their
    /// expiry fall back to free. A node that cannot be reached leaves payments pending.
    public func recheckAll() async throws {
        for payment in try await payments.pending() {
            do {
                try await recheck(payment)
            } catch is LightningError {
                break
            }
        }
        _ = try await payments.expirePlans(now: clock())
    }

    /// Follows the node's invoice stream from the last settle index processed, reconnecting
    /// with backoff (1 s doubling to `maxBackoff`) when it breaks, and re-checking everything
    /// every `recheckInterval`; until the task is cancelled.
    public func follow(recheckInterval: Duration = .seconds(60), maxBackoff: Duration = .seconds(30), onError: @escaping @Sendable (any Error) -> Void = { _ in }) async {
        let rechecks = Task {
            while !Task.isCancelled {
                do { try await recheckAll() } catch { onError(error) }
                try? await Task.sleep(for: recheckInterval)
            }
        }
        defer { rechecks.cancel() }
        let firstBackoff = min(Duration.seconds(1), maxBackoff)
        var backoff = firstBackoff
        while !Task.isCancelled {
            do {
                for try await invoice in lightning.invoiceUpdates(afterSettleIndex: try await payments.settleIndex()) {
                    try await apply(invoice)
                    backoff = firstBackoff
                }
            } catch {
                if Task.isCancelled { break }
                onError(error)
            }
            try? await Task.sleep(for: backoff)
            backoff = min(backoff * 2, maxBackoff)
        }
    }
}
