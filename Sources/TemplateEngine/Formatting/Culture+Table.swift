/// The supported cultures.
///
/// Modelled on CLDR 45 (`unicode-org/cldr-json`), with these deliberate, documented deviations:
///
/// - **Spaces.** Every space inside a number, an amount, a percentage or a time is U+00A0
///   NO-BREAK SPACE, so a value never breaks across lines and every font has the character.
///   CLDR uses U+202F NARROW NO-BREAK SPACE for fr-FR digit groups and before fr-FR `%`, and
///   before en-US AM/PM; here those are U+00A0 too. Spaces between the words of a date are
///   ordinary U+0020, as in CLDR.
/// - **Minus sign.** Always U+002D HYPHEN-MINUS. CLDR uses U+2212 MINUS SIGN for sv, nb and fi.
/// - **Short dates have four-digit years** (en-US `11/26/2026`, de-DE `26.11.2026`); CLDR's short
///   patterns use two (`M/d/yy`, `dd.MM.yy`). Medium dates are CLDR's `yMMMd` skeleton.
/// - **nb-NO money** is `kr 1 234,50` / `kr -1 234,50`, the Norwegian Language Council's
///   recommendation and CLDR's nb accounting pattern; CLDR 45's standard pattern has moved to
///   `1 234,50 kr`.
/// - **Currency symbols** follow one rule for all cultures (see ``CurrencySymbols``), not
///   CLDR's per-language symbol lists (CLDR sv writes USD as "US$"; here it is "$").
///
/// | culture | number       | money (home)     | negative money    | percent  | short      | long               | time     |
/// |---------|--------------|------------------|-------------------|----------|------------|--------------------|----------|
/// | en-US   | 1,234.5      | $1,234.50        | -$1,234.50        | 12.50%   | 11/26/2026 | November 26, 2026  | 2:30 PM  |
/// | en-GB   | 1,234.5      | £1,234.50        | -£1,234.50        | 12.50%   | 26/11/2026 | 26 November 2026   | 14:30    |
/// | sv-SE   | 1 234,5      | 1 234,50 kr      | -1 234,50 kr      | 12,50 %  | 2026-11-26 | 26 november 2026   | 14:30    |
/// | de-DE   | 1.234,5      | 1.234,50 €       | -1.234,50 €       | 12,50 %  | 26.11.2026 | 26. November 2026  | 14:30    |
/// | de-CH   | 1’234.5      | CHF 1’234.50     | CHF-1’234.50      | 12.50%   | 26.11.2026 | 26. November 2026  | 14:30    |
/// | nb-NO   | 1 234,5      | kr 1 234,50      | kr -1 234,50      | 12,50 %  | 26.11.2026 | 26. november 2026  | 14:30    |
/// | da-DK   | 1.234,5      | 1.234,50 kr.     | -1.234,50 kr.     | 12,50 %  | 26.11.2026 | 26. november 2026  | 14.30    |
/// | fr-FR   | 1 234,5      | 1 234,50 €       | -1 234,50 €       | 12,50 %  | 26/11/2026 | 26 novembre 2026   | 14:30    |
/// | nl-NL   | 1.234,5      | € 1.234,50       | € -1.234,50       | 12,50%   | 26-11-2026 | 26 november 2026   | 14:30    |
/// | fi-FI   | 1 234,5      | 1 234,50 €       | -1 234,50 €       | 12,50 %  | 26.11.2026 | 26. marraskuuta 2026 | 14.30  |
/// | invariant | 1234.5     | 1234.50 SEK      | -1234.50 SEK      | 12.50%   | 2026-11-26 | 2026-11-26         | 14:30:00 |
///
/// (Spaces in the number, money, percent and time columns are U+00A0; the de-CH group
/// separator is U+2019 RIGHT SINGLE QUOTATION MARK; the invariant culture uses plain ASCII.)
extension Culture {
    private static let nbsp = "\u{00A0}"

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    private static let germanMonths = [
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ]
    private static let germanAbbreviatedMonths = [
        "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.",
    ]

    /// English (United States).
    public static let enUS = Culture(
        identifier: "en-US", displayName: "English (United States)",
        decimalSeparator: ".", groupingSeparator: ",",
        homeCurrencyCode: "USD", currencyPattern: "¤#", percentPattern: "#%",
        monthNames: englishMonths,
        abbreviatedMonthNames: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        shortDatePattern: "M/d/y", mediumDatePattern: "MMM d, y", longDatePattern: "MMMM d, y",
        timePattern: "h:mm\(nbsp)a", dateTimeSeparator: ", ", amSymbol: "AM", pmSymbol: "PM"
    )

    /// English (United Kingdom).
    public static let enGB = Culture(
        identifier: "en-GB", displayName: "English (United Kingdom)",
        decimalSeparator: ".", groupingSeparator: ",",
        homeCurrencyCode: "GBP", currencyPattern: "¤#", percentPattern: "#%",
        monthNames: englishMonths,
        abbreviatedMonthNames: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
        shortDatePattern: "dd/MM/y", mediumDatePattern: "d MMM y", longDatePattern: "d MMMM y",
        timePattern: "HH:mm", dateTimeSeparator: ", ", amSymbol: "am", pmSymbol: "pm"
    )

    /// Swedish (Sweden).
    public static let svSE = Culture(
        identifier: "sv-SE", displayName: "Swedish (Sweden)",
        decimalSeparator: ",", groupingSeparator: nbsp,
        homeCurrencyCode: "SEK", currencyPattern: "#\(nbsp)¤", percentPattern: "#\(nbsp)%",
        monthNames: [
            "januari", "februari", "mars", "april", "maj", "juni",
            "juli", "augusti", "september", "oktober", "november", "december",
        ],
        abbreviatedMonthNames: ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
        shortDatePattern: "y-MM-dd", mediumDatePattern: "d MMM y", longDatePattern: "d MMMM y",
        timePattern: "HH:mm", dateTimeSeparator: " ", amSymbol: "fm", pmSymbol: "em"
    )

    /// German (Germany).
    public static let deDE = Culture(
        identifier: "de-DE", displayName: "German (Germany)",
        decimalSeparator: ",", groupingSeparator: ".",
        homeCurrencyCode: "EUR", currencyPattern: "#\(nbsp)¤", percentPattern: "#\(nbsp)%",
        monthNames: germanMonths, abbreviatedMonthNames: germanAbbreviatedMonths,
        shortDatePattern: "dd.MM.y", mediumDatePattern: "d. MMM y", longDatePattern: "d. MMMM y",
        timePattern: "HH:mm", dateTimeSeparator: ", "
    )

    /// German (Switzerland): apostrophe (U+2019) groups, "." decimals, CHF before the amount.
    public static let deCH = Culture(
        identifier: "de-CH", displayName: "German (Switzerland)",
        decimalSeparator: ".", groupingSeparator: "\u{2019}",
        homeCurrencyCode: "CHF", currencyPattern: "¤\(nbsp)#;¤-#", percentPattern: "#%",
        monthNames: germanMonths, abbreviatedMonthNames: germanAbbreviatedMonths,
        shortDatePattern: "dd.MM.y", mediumDatePattern: "d. MMM y", longDatePattern: "d. MMMM y",
        timePattern: "HH:mm", dateTimeSeparator: ", "
    )

    /// Norwegian Bokmål (Norway).
    public static let nbNO = Culture(
        identifier: "nb-NO", displayName: "Norwegian Bokmål (Norway)",
        decimalSeparator: ",", groupingSeparator: nbsp,
        homeCurrencyCode: "NOK", currencyPattern: "¤\(nbsp)#;¤\(nbsp)-#", percentPattern: "#\(nbsp)%",
        monthNames: [
            "januar", "februar", "mars", "april", "mai", "juni",
            "juli", "august", "september", "oktober", "november", "desember",
        ],
        abbreviatedMonthNames: ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
        shortDatePattern: "dd.MM.y", mediumDatePattern: "d. MMM y", longDatePattern: "d. MMMM y",
        timePattern: "HH:mm", dateTimeSeparator: ", ", amSymbol: "a.m.", pmSymbol: "p.m."
    )

    /// Danish (Denmark).
    public static let daDK = Culture(
        identifier: "da-DK", displayName: "Danish (Denmark)",
        decimalSeparator: ",", groupingSeparator: ".",
        homeCurrencyCode: "DKK", currencyPattern: "#\(nbsp)¤", percentPattern: "#\(nbsp)%",
        monthNames: [
            "januar", "februar", "marts", "april", "maj", "juni",
            "juli", "august", "september", "oktober", "november", "december",
        ],
        abbreviatedMonthNames: ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
        shortDatePattern: "dd.MM.y", mediumDatePattern: "d. MMM y", longDatePattern: "d. MMMM y",
        timePattern: "HH.mm", dateTimeSeparator: " "
    )

    /// French (France).
    public static let frFR = Culture(
        identifier: "fr-FR", displayName: "French (France)",
        decimalSeparator: ",", groupingSeparator: nbsp,
        homeCurrencyCode: "EUR", currencyPattern: "#\(nbsp)¤", percentPattern: "#\(nbsp)%",
        monthNames: [
            "janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        ],
        abbreviatedMonthNames: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
        shortDatePattern: "dd/MM/y", mediumDatePattern: "d MMM y", longDatePattern: "d MMMM y",
        timePattern: "HH:mm", dateTimeSeparator: " "
    )

    /// Dutch (Netherlands).
    public static let nlNL = Culture(
        identifier: "nl-NL", displayName: "Dutch (Netherlands)",
        decimalSeparator: ",", groupingSeparator: ".",
        homeCurrencyCode: "EUR", currencyPattern: "¤\(nbsp)#;¤\(nbsp)-#", percentPattern: "#%",
        monthNames: [
            "januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december",
        ],
        abbreviatedMonthNames: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        shortDatePattern: "dd-MM-y", mediumDatePattern: "d MMM y", longDatePattern: "d MMMM y",
        timePattern: "HH:mm", dateTimeSeparator: ", ", amSymbol: "a.m.", pmSymbol: "p.m."
    )

    /// Finnish (Finland). Month names are the forms used inside a date ("26. marraskuuta 2026").
    public static let fiFI = Culture(
        identifier: "fi-FI", displayName: "Finnish (Finland)",
        decimalSeparator: ",", groupingSeparator: nbsp,
        homeCurrencyCode: "EUR", currencyPattern: "#\(nbsp)¤", percentPattern: "#\(nbsp)%",
        monthNames: [
            "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
            "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta",
        ],
        abbreviatedMonthNames: ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"],
        shortDatePattern: "d.M.y", mediumDatePattern: "d.M.y", longDatePattern: "d. MMMM y",
        timePattern: "H.mm", dateTimeSeparator: " ", amSymbol: "ap.", pmSymbol: "ip."
    )

    /// The culture for machine-readable output such as XML: `.` decimals, no grouping, `-` sign,
    /// ISO 8601 dates (`2026-11-26`), `xs:time` times (`14:30:00`), `xs:dateTime` date-times
    /// (`2026-11-26T14:30:00`), money as the number then the ISO code (`1234.50 SEK`), percent
    /// `12.50%`. Plain ASCII throughout.
    public static let invariant = Culture(
        identifier: "invariant", displayName: "Invariant",
        decimalSeparator: ".", groupingSeparator: "", groupingSize: 0,
        homeCurrencyCode: nil, currencyPattern: "# ¤", percentPattern: "#%",
        monthNames: englishMonths,
        abbreviatedMonthNames: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        shortDatePattern: "yyyy-MM-dd", mediumDatePattern: "yyyy-MM-dd", longDatePattern: "yyyy-MM-dd",
        timePattern: "HH:mm:ss", dateTimeSeparator: "T"
    )
}
