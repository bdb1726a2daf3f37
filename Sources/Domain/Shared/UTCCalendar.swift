import Foundation

extension Calendar {
    /// The Gregorian calendar in UTC: plan terms and "today" in statistics are counted in it.
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()
}
