import Domain
import Foundation

extension Date {
    /// ISO-8601 UTC with whole seconds, as the seed writes dates (`2025-01-06T10:30:00Z`).
    var wireDate: String {
        UTCTimestamp.string(self)
    }
}

extension Optional where Wrapped == Date {
    var wireDate: String? { map { $0.wireDate } }
}
