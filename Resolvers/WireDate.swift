import Foundation

extension Date {
    /// ISO-8601 UTC with whole seconds, as the seed writes dates (`2025-01-06T10:30:00Z`).
    var wireDate: String {
        formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: false))
    }
}

extension Optional where Wrapped == Date {
    var wireDate: String? { map { $0.wireDate } }
}
