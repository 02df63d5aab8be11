import Foundation
import XCTest
@testable import ExactValues
@testable import QuoteModel

final class LocalDateTests: XCTestCase {
    func testParsesAndPrintsISODates() throws {
        let date = try XCTUnwrap(LocalDate("2026-03-07"))
        XCTAssertEqual(date.year, 2026)
        XCTAssertEqual(date.month, 3)
        XCTAssertEqual(date.day, 7)
        XCTAssertEqual(date.description, "2026-03-07")
        for text in ["0001-01-01", "1970-01-01", "2024-12-31", "9999-12-31"] {
            XCTAssertEqual(LocalDate(text)?.description, text)
        }
        XCTAssertEqual(LocalDate(year: 5, month: 6, day: 7)?.description, "0005-06-07")
    }

    func testRejectsDaysThatDoNotExist() {
        for text in ["2026-02-29", "2024-02-30", "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32", "2026-04-31", "0000-01-01"] {
            XCTAssertNil(LocalDate(text), text)
        }
        XCTAssertNil(LocalDate(year: 2026, month: 2, day: 29))
        XCTAssertNil(LocalDate(year: 10_000, month: 1, day: 1))
        XCTAssertNil(LocalDate(year: 2026, month: 6, day: -1))
    }

    func testRejectsAnythingButYYYYMMDD() {
        for text in ["2026-1-01", "2026-01-1", "26-01-01", "2026/01/01", "20260101", " 2026-01-01", "2026-01-01 ",
                     "2026-01-01T00:00", "+026-01-01", "2026-0a-01", "", "２０２６-01-01"] {
            XCTAssertNil(LocalDate(text), text)
        }
    }

    func testLeapYears() {
        XCTAssertNotNil(LocalDate("2024-02-29"))
        XCTAssertNotNil(LocalDate("2000-02-29"))
        XCTAssertNotNil(LocalDate("1600-02-29"))
        XCTAssertNil(LocalDate("1900-02-29"))
        XCTAssertNil(LocalDate("2100-02-29"))
        XCTAssertNil(LocalDate("2023-02-29"))
    }

    func testAddingDaysAcrossMonthsYearsAndLeapDays() {
        let cases: [(String, Int, String)] = [
            ("2026-01-31", 1, "2026-02-01"),
            ("2026-02-28", 1, "2026-03-01"),
            ("2024-02-28", 1, "2024-02-29"),
            ("2024-02-28", 2, "2024-03-01"),
            ("2024-03-01", -1, "2024-02-29"),
            ("2023-03-01", -1, "2023-02-28"),
            ("2025-12-31", 1, "2026-01-01"),
            ("2026-01-01", -1, "2025-12-31"),
            ("2026-01-01", 365, "2027-01-01"),
            ("2024-01-01", 366, "2025-01-01"),
            ("2026-03-07", 30, "2026-04-06"),
            ("2026-03-07", 0, "2026-03-07"),
            ("1999-12-31", 1, "2000-01-01"),
            ("2000-02-28", 1, "2000-02-29"),
            ("1900-02-28", 1, "1900-03-01"),
            ("1970-01-01", -1, "1969-12-31"),
            ("2026-03-07", 10_000, "2053-07-23"),
        ]
        for (start, days, expected) in cases {
            XCTAssertEqual(day(start).adding(days: days).description, expected, "\(start) + \(days)")
        }
    }

    func testDaysSinceEpoch() {
        XCTAssertEqual(day("1970-01-01").daysSinceEpoch, 0)
        XCTAssertEqual(day("1970-01-02").daysSinceEpoch, 1)
        XCTAssertEqual(day("1969-12-31").daysSinceEpoch, -1)
        XCTAssertEqual(day("2000-03-01").daysSinceEpoch, 11_017)
        XCTAssertEqual(day("0001-01-01").daysSinceEpoch, -719_162)
        XCTAssertEqual(day("9999-12-31").daysSinceEpoch, 2_932_896)
        XCTAssertEqual(LocalDate(daysSinceEpoch: 0).description, "1970-01-01")
    }

    func testDaysSinceEpochRoundTripsDayByDay() {
        // From 1599-01-01 to 2401-01-01: every day exists, follows the previous one in the
        // calendar, and converts back to its day number.
        var previous = LocalDate(daysSinceEpoch: day("1599-01-01").daysSinceEpoch)
        for days in (previous.daysSinceEpoch + 1)...day("2401-01-01").daysSinceEpoch {
            let date = LocalDate(daysSinceEpoch: days)
            XCTAssertEqual(date.daysSinceEpoch, days)
            XCTAssertEqual(LocalDate(year: date.year, month: date.month, day: date.day), date)
            let expected: (Int, Int, Int)
            if previous.day < LocalDate.daysIn(month: previous.month, year: previous.year) {
                expected = (previous.year, previous.month, previous.day + 1)
            } else if previous.month < 12 {
                expected = (previous.year, previous.month + 1, 1)
            } else {
                expected = (previous.year + 1, 1, 1)
            }
            if (date.year, date.month, date.day) != expected {
                return XCTFail("day \(days) is \(date), expected the day after \(previous)")
            }
            XCTAssertLessThan(previous, date)
            previous = date
        }
    }

    func testOrdering() {
        let ascending = ["1969-12-31", "1970-01-01", "2025-12-31", "2026-01-01", "2026-01-02", "2026-02-01", "2027-01-01"].map { day($0) }
        for i in ascending.indices {
            for j in ascending.indices {
                XCTAssertEqual(ascending[i] < ascending[j], i < j, "\(ascending[i]) < \(ascending[j])")
            }
        }
        XCTAssertEqual(ascending.reversed().sorted(), ascending)
    }

    func testCodable() throws {
        let data = try JSONEncoder().encode([day("2026-03-07")])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["2026-03-07"]"#)
        XCTAssertEqual(try JSONDecoder().decode([LocalDate].self, from: data), [day("2026-03-07")])
        for json in [#"["2026-02-29"]"#, #"["2026-3-7"]"#, "[20260307]"] {
            XCTAssertThrowsError(try JSONDecoder().decode([LocalDate].self, from: Data(json.utf8)), json)
        }
    }
}
