import Foundation
import Testing

@testable import Domain

/// The timestamps of answers and log lines: the same text as Foundation's ISO 8601 format style.
@Suite("UTC timestamps")
struct UTCTimestampTests {
    static let seconds = Date.ISO8601FormatStyle(includingFractionalSeconds: false)

    @Test("whole seconds, rounded down: what Foundation writes, before and after 1970, on leap days and at year ends")
    func wholeSeconds() {
        let instants: [TimeInterval] = [
            0, -1, -0.5, 0.999, 59.999, 86_399.999, 951_782_400, 951_868_799.5, 1_736_159_400.1239, 1_767_225_599,
            -2_208_988_800, -11_676_096_000, 253_402_300_799.999, 4_107_542_400, 1_709_164_800, 1_709_251_199,
        ]
        for instant in instants {
            let date = Date(timeIntervalSince1970: instant)
            #expect(UTCTimestamp.string(date) == date.formatted(Self.seconds), "at \(instant)")
        }
        #expect(UTCTimestamp.string(Date(timeIntervalSince1970: 1_736_159_400.9)) == "2025-01-06T10:30:00Z")
        #expect(UTCTimestamp.string(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    }

    @Test("every day from 1900 to 2300 and random instants between them read as Foundation reads them")
    func manyDays() {
        var generator = SystemRandomNumberGenerator()
        for day in stride(from: -25_567, through: 120_000, by: 1) {
            let noon = Date(timeIntervalSince1970: TimeInterval(day) * 86_400 + 43_200)
            guard UTCTimestamp.string(noon) == noon.formatted(Self.seconds) else {
                Issue.record("day \(day): \(UTCTimestamp.string(noon)) against \(noon.formatted(Self.seconds))")
                return
            }
        }
        for _ in 0..<5_000 {
            let date = Date(timeIntervalSince1970: Double.random(in: -2_208_988_800 ... 10_413_792_000, using: &generator))
            #expect(UTCTimestamp.string(date) == date.formatted(Self.seconds))
        }
    }

    @Test("milliseconds are rounded down and padded")
    func milliseconds() {
        #expect(UTCTimestamp.stringWithMilliseconds(Date(timeIntervalSince1970: 1_736_159_400.1239)) == "2025-01-06T10:30:00.123Z")
        #expect(UTCTimestamp.stringWithMilliseconds(Date(timeIntervalSince1970: 951_782_400.007)) == "2000-02-29T00:00:00.007Z")
        #expect(UTCTimestamp.stringWithMilliseconds(Date(timeIntervalSince1970: 253_402_300_799.999)) == "9999-12-31T23:59:59.999Z")
        #expect(UTCTimestamp.stringWithMilliseconds(Date(timeIntervalSince1970: -0.25)) == "1969-12-31T23:59:59.750Z")
    }

    @Test("years past 9999, and before 1600 (which Foundation counts in the Julian calendar), are Foundation's")
    func otherCenturies() {
        for instant: TimeInterval in [253_402_300_800, -62_135_596_800, -12_219_292_800, -11_676_096_001] {
            let date = Date(timeIntervalSince1970: instant)
            #expect(UTCTimestamp.string(date) == date.formatted(Self.seconds), "at \(instant)")
        }
    }

    @Test("appended to bytes, a timestamp with milliseconds is the string's bytes, in and out of the years written digit by digit")
    func appendedBytes() {
        let instants: [TimeInterval] = [0, -0.25, 951_782_400.007, 1_736_159_400.1239, 253_402_300_799.999, 253_402_300_800, -12_219_292_800]
        for instant in instants {
            let date = Date(timeIntervalSince1970: instant)
            var bytes: [UInt8] = Array("before ".utf8)
            UTCTimestamp.appendWithMilliseconds(date, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "before " + UTCTimestamp.stringWithMilliseconds(date), "at \(instant)")
        }
    }
}
