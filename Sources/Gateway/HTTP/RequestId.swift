import HTTPTypes
import Hummingbird
import Logging
import Synchronization

/// Every request's id, echoed as `X-Request-Id` on the response and carried into logs and error
/// envelopes (`RequestObservationMiddleware` gives it). A caller's own id is kept when it is
/// short and plain.
enum RequestId {
    /// The caller's id when it is acceptable, else a new one.
    static func of(_ request: Request) -> String {
        request.headers.value(of: .requestId).flatMap { isAcceptable($0) ? $0 : nil } ?? makeId()
    }

    /// The id of the request the current task serves, while the gateway's JSON log handler is
    /// in use: lines written while the request runs (a masked resolver error's) take their
    /// `request_id` from here, so the request's logger is not copied with a changed metadata
    /// dictionary on every request. Child tasks inherit it.
    @TaskLocal static var current: String?

    static func isAcceptable(_ id: String) -> Bool {
        (1...64).contains(id.utf8.count)
            && id.utf8.allSatisfy { $0 == 0x2D || $0 == 0x2E || $0 == 0x5F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }

    /// Where the process's sequence of ids starts: at random, so that two processes' ids are
    /// unlikely to meet.
    private static let sequence = Atomic<UInt64>(UInt64.random(in: .min ... .max))

    /// `req_` and 16 hex digits, unique within the process: the next number of a sequence,
    /// scrambled so that ids do not read as a count. Drawing 64 random bits for each request
    /// would cost a system call on every request.
    static func makeId() -> String {
        let value = scrambled(sequence.add(1, ordering: .relaxed).oldValue)
        return String(unsafeUninitializedCapacity: 20) { text in
            let prefix: StaticString = "req_"
            for index in 0..<4 { text[index] = prefix.utf8Start[index] }
            let digits: StaticString = "0123456789abcdef"
            for index in 0..<16 {
                text[4 + index] = digits.utf8Start[Int((value >> (60 - 4 * UInt64(index))) & 0xF)]
            }
            return 20
        }
    }

    /// SplitMix64's finalizer: each step (a xor-shift, a multiplication by an odd number) can be
    /// undone, so distinct inputs give distinct outputs.
    static func scrambled(_ value: UInt64) -> UInt64 {
        var mixed = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

extension HTTPField.Name {
    static let requestId = Self("X-Request-Id")!
}
