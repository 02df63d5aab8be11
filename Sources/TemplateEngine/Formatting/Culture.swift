import ExactValues

/// How one culture writes numbers, money, percentages, dates and times.
///
/// Every culture is a small explicit table (see `Culture+Table.swift`), modelled on CLDR 45 with
/// the deviations documented there. Formatting never goes through binary floating point and never
/// calls Foundation's formatters, so the output is the same, byte for byte, on every machine.
///
/// The formatting functions are in extensions: ``formatNumber(_:decimals:)``,
/// ``formatMoney(_:currency:decimals:)``, ``formatPercent(_:decimals:)``,
/// ``formatDate(_:style:)``, ``formatTime(hour:minute:)`` and
/// ``formatDateTime(_:hour:minute:style:)``.
///
/// A `Culture` is one reference to immutable, precompiled data, so it is cheap to copy and pass
/// around. Two cultures are equal when their identifiers are equal.
public struct Culture: Sendable, Hashable, CustomStringConvertible {
    let data: CultureData

    init(
        identifier: String, displayName: String,
        decimalSeparator: String, groupingSeparator: String, groupingSize: Int = 3,
        homeCurrencyCode: String?, currencyPattern: String, percentPattern: String,
        monthNames: [String], abbreviatedMonthNames: [String],
        shortDatePattern: String, mediumDatePattern: String, longDatePattern: String,
        timePattern: String, dateTimeSeparator: String, amSymbol: String = "AM", pmSymbol: String = "PM"
    ) {
        data = CultureData(
            identifier: identifier, displayName: displayName,
            decimalSeparator: decimalSeparator, groupingSeparator: groupingSeparator, groupingSize: groupingSize,
            homeCurrencyCode: homeCurrencyCode, currencyPattern: currencyPattern, percentPattern: percentPattern,
            monthNames: monthNames, abbreviatedMonthNames: abbreviatedMonthNames,
            shortDatePattern: shortDatePattern, mediumDatePattern: mediumDatePattern, longDatePattern: longDatePattern,
            timePattern: timePattern, dateTimeSeparator: dateTimeSeparator, amSymbol: amSymbol, pmSymbol: pmSymbol)
    }

    /// The BCP 47 identifier, such as `"sv-SE"`, or `"invariant"`.
    public var identifier: String { data.identifier }
    /// The language part of the identifier, such as `"sv"` (`"invariant"` for the invariant culture).
    public var languageCode: String { data.languageCode }
    /// The culture's English name, for listings and messages: `"Swedish (Sweden)"`.
    public var displayName: String { data.displayName }

    /// Between the integer and the fraction digits: `"."` or `","`.
    public var decimalSeparator: String { data.decimalSeparator }
    /// Between groups of ``groupingSize`` integer digits (`","`, `"."`, U+00A0, U+2019), or `""`.
    public var groupingSeparator: String { data.groupingSeparator }
    /// Digits per group; 0 when integer digits are not grouped (the invariant culture).
    public var groupingSize: Int { data.groupingSize }
    /// The sign of negative values: `"-"` (U+002D HYPHEN-MINUS) in every culture.
    public var minusSign: String { data.minusSign }

    /// The ISO 4217 code of the culture's own currency (`"SEK"` for sv-SE), nil for the invariant
    /// culture.
    public var homeCurrencyCode: String? { data.homeCurrencyCode }
    /// The money pattern: `¤` is the currency, `#` the number, `-` the minus sign, `;` separates
    /// the negative pattern; anything else is written as is (U+00A0 where a space shows).
    public var currencyPattern: String { data.currencyPattern }
    /// The percent pattern, in the same notation (`"#%"`, `"#\u{00A0}%"`).
    public var percentPattern: String { data.percentPattern }

    /// Full month names, January first, as they read inside a date (Finnish uses the partitive
    /// form: "marraskuuta").
    public var monthNames: [String] { data.monthNames }
    /// Abbreviated month names, January first, as they read inside a date.
    public var abbreviatedMonthNames: [String] { data.abbreviatedMonthNames }
    /// Date patterns in CLDR notation (`y`, `yyyy`, `M`, `MM`, `MMM`, `MMMM`, `d`, `dd`; text in
    /// single quotes is literal).
    public var shortDatePattern: String { data.shortDatePattern }
    public var mediumDatePattern: String { data.mediumDatePattern }
    public var longDatePattern: String { data.longDatePattern }
    /// The time pattern in CLDR notation (`H`, `HH`, `h`, `mm`, `ss`, `a`).
    public var timePattern: String { data.timePattern }
    /// Between the date and the time in ``formatDateTime(_:hour:minute:style:)``.
    public var dateTimeSeparator: String { data.dateTimeSeparator }
    /// The day periods of 12-hour times (`"AM"`, `"PM"`).
    public var amSymbol: String { data.amSymbol }
    public var pmSymbol: String { data.pmSymbol }

    /// True when times read 0–23 (`HH:mm`), false for 12-hour times with AM/PM.
    public var uses24HourClock: Bool { !data.time.usesDayPeriod }

    public var description: String { identifier }

    public static func == (lhs: Culture, rhs: Culture) -> Bool {
        lhs.data === rhs.data || lhs.data.identifier == rhs.data.identifier
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(data.identifier) }
}

/// A culture's table and its compiled forms, built once.
final class CultureData: Sendable {
    let identifier: String
    let languageCode: String
    let displayName: String
    let decimalSeparator: String
    let groupingSeparator: String
    let groupingSize: Int
    let minusSign: String
    let homeCurrencyCode: String?
    let currencyPattern: String
    let percentPattern: String
    let monthNames: [String]
    let abbreviatedMonthNames: [String]
    let shortDatePattern: String
    let mediumDatePattern: String
    let longDatePattern: String
    let timePattern: String
    let dateTimeSeparator: String
    let amSymbol: String
    let pmSymbol: String

    let decimalBytes: [UInt8]
    let groupingBytes: [UInt8]
    let minusBytes: [UInt8]
    let money: AffixPattern
    let percent: AffixPattern
    /// The currency texts this culture uses as symbols: its home currency, then the
    /// international symbols that do not clash with the home symbol.
    let currencySymbols: [CurrencyText]
    let monthNameTable: ByteTable
    let abbreviatedMonthNameTable: ByteTable
    let dayPeriodTable: ByteTable
    let shortDate: CalendarPattern
    let mediumDate: CalendarPattern
    let longDate: CalendarPattern
    let time: CalendarPattern
    let dateTimeSeparatorBytes: [UInt8]
    /// The most bytes one date or time field can take (a month name, a day period, 20 digits).
    let calendarFieldBytes: Int

    init(
        identifier: String, displayName: String,
        decimalSeparator: String, groupingSeparator: String, groupingSize: Int,
        homeCurrencyCode: String?, currencyPattern: String, percentPattern: String,
        monthNames: [String], abbreviatedMonthNames: [String],
        shortDatePattern: String, mediumDatePattern: String, longDatePattern: String,
        timePattern: String, dateTimeSeparator: String, amSymbol: String, pmSymbol: String
    ) {
        precondition(monthNames.count == 12 && abbreviatedMonthNames.count == 12, "\(identifier): twelve months")
        precondition(groupingSize >= 0 && (groupingSize == 0) == groupingSeparator.isEmpty, "\(identifier): grouping")
        self.identifier = identifier
        self.languageCode = String(identifier.split(separator: "-").first ?? "")
        self.displayName = displayName
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.groupingSize = groupingSize
        self.minusSign = "-"
        self.homeCurrencyCode = homeCurrencyCode
        self.currencyPattern = currencyPattern
        self.percentPattern = percentPattern
        self.monthNames = monthNames
        self.abbreviatedMonthNames = abbreviatedMonthNames
        self.shortDatePattern = shortDatePattern
        self.mediumDatePattern = mediumDatePattern
        self.longDatePattern = longDatePattern
        self.timePattern = timePattern
        self.dateTimeSeparator = dateTimeSeparator
        self.amSymbol = amSymbol
        self.pmSymbol = pmSymbol

        decimalBytes = Array(decimalSeparator.utf8)
        groupingBytes = Array(groupingSeparator.utf8)
        minusBytes = Array(minusSign.utf8)
        money = AffixPattern(currencyPattern)
        percent = AffixPattern(percentPattern)
        precondition(money.positive.contains(.currency) && money.negative.contains(.currency), "\(identifier): money pattern")
        currencySymbols = CurrencySymbols.symbols(homeCurrencyCode: homeCurrencyCode)
        monthNameTable = ByteTable(monthNames)
        abbreviatedMonthNameTable = ByteTable(abbreviatedMonthNames)
        dayPeriodTable = ByteTable([amSymbol, pmSymbol])
        shortDate = CalendarPattern(shortDatePattern)
        mediumDate = CalendarPattern(mediumDatePattern)
        longDate = CalendarPattern(longDatePattern)
        time = CalendarPattern(timePattern)
        dateTimeSeparatorBytes = Array(dateTimeSeparator.utf8)
        calendarFieldBytes = (monthNames + abbreviatedMonthNames + [amSymbol, pmSymbol])
            .reduce(20) { max($0, $1.utf8.count) }
    }
}

/// Several short texts as UTF-8 in one array, so writing one retains nothing.
struct ByteTable: Sendable {
    let bytes: [UInt8]
    let ranges: [Range<Int>]

    init(_ texts: [String]) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for text in texts {
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            ranges.append(start..<bytes.count)
        }
        self.bytes = bytes
        self.ranges = ranges
    }
}

// MARK: - Lookup

extension Culture {
    /// The supported cultures, then ``invariant``, in a stable order for listings.
    public static let all: [Culture] = [
        .enUS, .enGB, .svSE, .deDE, .deCH, .nbNO, .daDK, .frFR, .nlNL, .fiFI, .invariant,
    ]

    /// The identifiers of ``all``, for diagnostics ("known cultures: en-US, en-GB, …").
    public static let identifiers: [String] = all.map(\.identifier)

    /// Identifiers, language codes and aliases, lower-cased, to their culture.
    private static let byKey: [String: Culture] = {
        var table: [String: Culture] = [:]
        for culture in all { table[culture.identifier.lowercased()] = culture }
        for (language, culture) in defaultCultureByLanguage { table[language] = culture }
        table["no-no"] = .nbNO  // "Norwegian (Norway)": Bokmål is the written standard used here
        return table
    }()

    /// The culture a bare language code stands for.
    private static let defaultCultureByLanguage: [String: Culture] = [
        "en": .enUS, "sv": .svSE, "de": .deDE, "nb": .nbNO, "no": .nbNO, "da": .daDK,
        "fr": .frFR, "nl": .nlNL, "fi": .fiFI,
    ]

    /// The culture with this identifier, or nil when it is unknown.
    ///
    /// Case-insensitive, and `_` may stand for `-` (`"SV_se"` is sv-SE). A bare language picks
    /// its default culture: `"en"` → en-US, `"sv"` → sv-SE, `"de"` → de-DE, `"nb"` and `"no"` →
    /// nb-NO, `"da"` → da-DK, `"fr"` → fr-FR, `"nl"` → nl-NL, `"fi"` → fi-FI; `"no-NO"` is nb-NO.
    /// `"invariant"` is ``invariant``.
    public static func named(_ identifier: String) -> Culture? {
        byKey[normalizedKey(identifier)]
    }

    /// A known identifier close to an unknown one, for "did you mean …?" hints, or nil.
    ///
    /// The language's default culture when the language is known (`"sv-SV"` → `"sv-SE"`,
    /// `"de-AT"` → `"de-DE"`, but `"en-UK"` → `"en-GB"`), otherwise the nearest identifier
    /// within two edits (`"se-SE"` → `"sv-SE"`, `"invarient"` → `"invariant"`).
    public static func suggestion(for identifier: String) -> String? {
        let key = normalizedKey(identifier)
        if let culture = byKey[key] { return culture.identifier }
        let parts = key.split(separator: "-", maxSplits: 1)
        if parts.count == 2, parts[0] == "en", parts[1] == "uk" { return Culture.enGB.identifier }
        if let language = parts.first, let culture = defaultCultureByLanguage[String(language)] {
            return culture.identifier
        }
        var best: (distance: Int, identifier: String)?
        for candidate in identifiers {
            let distance = editDistance(Array(key.utf8), Array(candidate.lowercased().utf8))
            if distance <= 2, distance < (best?.distance ?? .max) { best = (distance, candidate) }
        }
        return best?.identifier
    }

    private static func normalizedKey(_ identifier: String) -> String {
        String(identifier.lowercased().map { $0 == "_" ? "-" : $0 })
    }

    /// Levenshtein distance between two byte strings.
    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
