import Foundation

/// ISO 8601 timestamps in UTC as answers and log lines carry them: `2025-01-06T10:30:00Z`, or
/// with milliseconds `2025-01-06T10:30:00.123Z`, rounded down as Foundation's
/// `ISO8601FormatStyle` does. Written digit by digit, because every answer with a date and
/// every log line needs them: in the server the format style cost about 1 µs a date, and 3 µs
/// for the first of a request (its code and tables no longer in the caches).
public enum UTCTimestamp {
    /// `date` to the second: `2025-01-06T10:30:00Z`.
    public static func string(_ date: Date) -> String {
        format(date, withMilliseconds: false) ?? date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: false))
    }

    /// `date` to the millisecond: `2025-01-06T10:30:00.123Z`.
    public static func stringWithMilliseconds(_ date: Date) -> String {
        format(date, withMilliseconds: true) ?? date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// What `stringWithMilliseconds` gives, appended to `bytes` without a string in between:
    /// for the log line every request writes.
    public static func appendWithMilliseconds(_ date: Date, to bytes: inout [UInt8]) {
        guard let fields = Fields(date) else {
            bytes.append(contentsOf: stringWithMilliseconds(date).utf8)
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Fields.withMilliseconds.utf8CodeUnitCount) { text in
            bytes.append(contentsOf: UnsafeBufferPointer(start: text.baseAddress, count: fields.write(into: text, withMilliseconds: true)))
        }
    }

    /// nil outside the years 1600 to 9999, left to Foundation.
    private static func format(_ date: Date, withMilliseconds: Bool) -> String? {
        guard let fields = Fields(date) else { return nil }
        let pattern = withMilliseconds ? Fields.withMilliseconds : Fields.toTheSecond
        return String(unsafeUninitializedCapacity: pattern.utf8CodeUnitCount) { fields.write(into: $0, withMilliseconds: withMilliseconds) }
    }

    /// The calendar fields of an instant in UTC, within the years 1600 to 9999: later years take
    /// more digits, and before the Gregorian reform of 1582 Foundation counts in the Julian
    /// calendar.
    private struct Fields {
        var year, month, day, secondOfDay, milliseconds: Int

        static let withMilliseconds: StaticString = "0000-00-00T00:00:00.000Z"
        static let toTheSecond: StaticString = "0000-00-00T00:00:00Z"

        init?(_ date: Date) {
            let interval = date.timeIntervalSince1970
            guard interval.isFinite, abs(interval) < 1e12 else { return nil }
            let seconds = Int(interval.rounded(.down))
            milliseconds = min(999, max(0, Int((interval * 1_000).rounded(.down)) - seconds * 1_000))
            let days: Int
            (days, secondOfDay) = floorDivision(seconds, 86_400)
            (year, month, day) = civilDate(daysSince1970: days)
            guard (1_600...9_999).contains(year) else { return nil }
        }

        /// The timestamp's bytes at the start of `text`; how many.
        func write(into text: UnsafeMutableBufferPointer<UInt8>, withMilliseconds: Bool) -> Int {
            let pattern = withMilliseconds ? Self.withMilliseconds : Self.toTheSecond
            for index in 0..<pattern.utf8CodeUnitCount { text[index] = pattern.utf8Start[index] }
            // `value`'s last `width` digits, ending at `end`.
            func put(_ value: Int, width: Int, at end: Int) {
                var value = value
                for index in stride(from: end, to: end - width, by: -1) {
                    text[index] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, width: 4, at: 3)
            put(month, width: 2, at: 6)
            put(day, width: 2, at: 9)
            put(secondOfDay / 3_600, width: 2, at: 12)
            put(secondOfDay / 60 % 60, width: 2, at: 15)
            put(secondOfDay % 60, width: 2, at: 18)
            if withMilliseconds { put(milliseconds, width: 3, at: 22) }
            return pattern.utf8CodeUnitCount
        }
    }

    /// Quotient and remainder rounded toward negative infinity: the day and the second of the
    /// day of an instant before 1970 too.
    private static func floorDivision(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    /// The proleptic Gregorian date `days` after 1970-01-01, counted in eras of 400 years
    /// (146,097 days) that start on March 1st, so that February's leap day ends each year
    /// (Howard Hinnant's `civil_from_days`).
    private static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468  // days from 0000-03-01
        let era = floorDivision(shifted, 146_097).quotient
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
