import ExactValues

/// How much of a date is spelled out.
public enum DateStyle: String, Sendable, Hashable, CaseIterable {
    /// All numbers, four-digit year: en-US `11/26/2026`, sv-SE `2026-11-26`, de-DE `26.11.2026`.
    case short
    /// Abbreviated month name where the culture has one: en-US `Nov 26, 2026`, de-DE
    /// `26. Nov. 2026` (fi-FI stays numeric, `26.11.2026`, as CLDR has it).
    case medium
    /// Full month name: en-US `November 26, 2026`, sv-SE `26 november 2026`.
    case long
}

extension Culture {
    /// `date` in this culture's pattern for `style`. The invariant culture always writes ISO 8601
    /// `2026-11-26`.
    public func formatDate(_ date: LocalDate, style: DateStyle = .short) -> String {
        formatDate(date, style: style) { String(decoding: $0, as: UTF8.self) }
    }

    /// ``formatDate(_:style:)``'s UTF-8 bytes, handed to `result` without making a string.
    func formatDate<Result>(_ date: LocalDate, style: DateStyle, _ result: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let data = self.data
        let pattern = data.datePattern(style)
        return FormattedText.build(capacity: pattern.capacity(fieldBytes: data.calendarFieldBytes), { text in
            data.append(pattern, date: date, hour: 0, minute: 0, into: &text)
        }, then: result)
    }

    /// A time of day in this culture's short time pattern: en-US `2:30 PM` (U+00A0 before the
    /// day period), sv-SE `14:30`, da-DK `14.30`, fi-FI `14.30` (`9.05` in the morning); the
    /// invariant culture writes `14:30:00` (XML Schema `xs:time`).
    ///
    /// - Precondition: `hour` is in 0...23 and `minute` in 0...59.
    public func formatTime(hour: Int, minute: Int) -> String {
        Self.checkTime(hour: hour, minute: minute)
        let data = self.data
        return FormattedText.build(capacity: data.time.capacity(fieldBytes: data.calendarFieldBytes)) { text in
            data.append(data.time, date: nil, hour: hour, minute: minute, into: &text)
        }
    }

    /// A date and a time of day: the date in `style`, the culture's date-time separator, then
    /// the short time: en-US `11/26/2026, 2:30 PM`, sv-SE `2026-11-26 14:30`, de-DE
    /// `26.11.2026, 14:30`; the invariant culture writes `2026-11-26T14:30:00` (XML Schema
    /// `xs:dateTime`, no time zone).
    ///
    /// - Precondition: `hour` is in 0...23 and `minute` in 0...59.
    public func formatDateTime(_ date: LocalDate, hour: Int, minute: Int, style: DateStyle = .short) -> String {
        Self.checkTime(hour: hour, minute: minute)
        let data = self.data
        let pattern = data.datePattern(style)
        let capacity = pattern.capacity(fieldBytes: data.calendarFieldBytes) + data.dateTimeSeparatorBytes.count
            + data.time.capacity(fieldBytes: data.calendarFieldBytes)
        return FormattedText.build(capacity: capacity) { text in
            data.append(pattern, date: date, hour: hour, minute: minute, into: &text)
            text.append(data.dateTimeSeparatorBytes)
            data.append(data.time, date: date, hour: hour, minute: minute, into: &text)
        }
    }

    private static func checkTime(hour: Int, minute: Int) {
        precondition((0...23).contains(hour), "hour \(hour) is not in 0...23")
        precondition((0...59).contains(minute), "minute \(minute) is not in 0...59")
    }

}

extension CultureData {
    func datePattern(_ style: DateStyle) -> CalendarPattern {
        switch style {
        case .short: shortDate
        case .medium: mediumDate
        case .long: longDate
        }
    }

    func append(_ pattern: CalendarPattern, date: LocalDate?, hour: Int, minute: Int, into text: inout FormattedText) {
        for piece in pattern.pieces {
            switch piece {
            case .year(let width): text.appendDecimal(date?.year ?? 0, width: width)
            case .twoDigitYear: text.appendDecimal((date?.year ?? 0) % 100, width: 2)
            case .month(let width): text.appendDecimal(date?.month ?? 1, width: width)
            case .monthName: text.append(monthNameTable, (date?.month ?? 1) - 1)
            case .abbreviatedMonthName: text.append(abbreviatedMonthNameTable, (date?.month ?? 1) - 1)
            case .day(let width): text.appendDecimal(date?.day ?? 1, width: width)
            case .hour24(let width): text.appendDecimal(hour, width: width)
            case .hour12(let width): text.appendDecimal(hour % 12 == 0 ? 12 : hour % 12, width: width)
            case .minute(let width): text.appendDecimal(minute, width: width)
            case .second(let width): text.appendDecimal(0, width: width)
            case .dayPeriod: text.append(dayPeriodTable, hour < 12 ? 0 : 1)
            case .literal(let range): text.append(pattern.literalBytes, range)
            }
        }
    }
}
