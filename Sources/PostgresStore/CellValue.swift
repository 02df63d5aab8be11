import Foundation
import GRDB
import NIOCore
import PostgresNIO
import QuoteModel

/// A PostgreSQL value read back as the value the SQLite store keeps for the same column, so that
/// one record type reads rows of either store: `numeric` as its exact decimal text (the scale
/// it was written with), `date` as `YYYY-MM-DD`, `timestamptz` as GRDB's date text (UTC, to the
/// millisecond), `boolean` as 0 or 1, `bytea` as a blob.
enum CellValue {
    /// Days from 1970-01-01 to 2000-01-01, PostgreSQL's epoch.
    private static let epochDays: Int64 = 10_957

    static func databaseValue(_ cell: PostgresCell) throws -> DatabaseValue {
        guard var buffer = cell.bytes else { return .null }
        guard cell.format == .binary else {
            return (buffer.readString(length: buffer.readableBytes) ?? "").databaseValue
        }
        switch cell.dataType {
        case .int8:
            return try integer(buffer.readInteger(as: Int64.self), cell)
        case .int4:
            return try integer(buffer.readInteger(as: Int32.self).map(Int64.init), cell)
        case .int2:
            return try integer(buffer.readInteger(as: Int16.self).map(Int64.init), cell)
        case .bool:
            return try integer(buffer.readInteger(as: UInt8.self).map { $0 == 0 ? 0 : 1 }, cell)
        case .numeric:
            return try numericText(&buffer, cell).databaseValue
        case .date:
            guard let days = buffer.readInteger(as: Int32.self) else { throw malformed(cell) }
            return dateText(daysSince1970: Int64(days) + epochDays).databaseValue
        case .timestamptz, .timestamp:
            guard let microseconds = buffer.readInteger(as: Int64.self) else { throw malformed(cell) }
            return timeText(microsecondsSince2000: microseconds).databaseValue
        case .bytea:
            return Data(buffer.readBytes(length: buffer.readableBytes) ?? []).databaseValue
        case .float8:
            guard let bits = buffer.readInteger(as: UInt64.self) else { throw malformed(cell) }
            return Double(bitPattern: bits).databaseValue
        default:
            // text, varchar, name, json and anything else sent as UTF-8.
            return (buffer.readString(length: buffer.readableBytes) ?? "").databaseValue
        }
    }

    private static func integer(_ value: Int64?, _ cell: PostgresCell) throws -> DatabaseValue {
        guard let value else { throw malformed(cell) }
        return value.databaseValue
    }

    private static func malformed(_ cell: PostgresCell) -> QuoteError {
        QuoteError(.databaseFailure, "the server sent a value of column \(cell.columnName) quotedoc cannot read")
    }

    /// `YYYY-MM-DD` of the day `days` after 1970-01-01 (the proleptic Gregorian calendar).
    static func dateText(daysSince1970 days: Int64) -> String {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func padded(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// GRDB's text of a time, `YYYY-MM-DD HH:MM:SS.SSS` in UTC, worked out in whole numbers so
    /// that the milliseconds written come back exactly (no binary fraction in between).
    static func timeText(microsecondsSince2000 microseconds: Int64) -> String {
        let milliseconds = microseconds >= 0 ? microseconds / 1000 : (microseconds - 999) / 1000
        let perDay: Int64 = 86_400_000
        let days = milliseconds >= 0 ? milliseconds / perDay : (milliseconds - perDay + 1) / perDay
        var rest = milliseconds - days * perDay
        let hours = rest / 3_600_000
        rest -= hours * 3_600_000
        let minutes = rest / 60_000
        rest -= minutes * 60_000
        let seconds = rest / 1000
        let millis = rest - seconds * 1000
        func padded(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return dateText(daysSince1970: days + epochDays) + " \(padded(hours, 2)):\(padded(minutes, 2)):\(padded(seconds, 2)).\(padded(millis, 3))"
    }

    /// The text of a binary `numeric`: its digits with exactly the scale it was stored with
    /// (`12.50` stays `12.50`, `0.00` stays `0.00`), as the SQLite store keeps decimals.
    static func numericText(_ buffer: inout ByteBuffer, _ cell: PostgresCell) throws -> String {
        guard let count = buffer.readInteger(as: Int16.self), let weight = buffer.readInteger(as: Int16.self),
              let sign = buffer.readInteger(as: UInt16.self), let scale = buffer.readInteger(as: Int16.self), count >= 0, scale >= 0 else {
            throw malformed(cell)
        }
        guard sign != 0xC000 else { throw QuoteError(.databaseFailure, "column \(cell.columnName) holds NaN, which is not an amount") }
        var groups: [Int] = []
        for _ in 0..<count {
            guard let group = buffer.readInteger(as: Int16.self) else { throw malformed(cell) }
            groups.append(Int(group))
        }
        // Group i holds the base-10000 digit of weight `weight - i`.
        var integer = ""
        var fraction = ""
        let highest = max(Int(weight), 0)
        for position in stride(from: highest, through: 0, by: -1) {
            let index = Int(weight) - position
            let group = groups.indices.contains(index) ? groups[index] : 0
            let digits = String(group)
            integer += integer.isEmpty ? digits : String(repeating: "0", count: 4 - digits.count) + digits
        }
        if weight < 0 { integer = "0" }
        var position = -1
        while fraction.count < Int(scale) {
            let index = Int(weight) - position
            let group = groups.indices.contains(index) && index >= 0 ? groups[index] : 0
            let digits = String(group)
            fraction += String(repeating: "0", count: 4 - digits.count) + digits
            position -= 1
        }
        fraction = String(fraction.prefix(Int(scale)))
        let magnitude = fraction.isEmpty ? integer : integer + "." + fraction
        let isZero = !magnitude.contains { $0 != "0" && $0 != "." }
        return sign == 0x4000 && !isZero ? "-" + magnitude : magnitude
    }
}
