import ExactValues

/// Which text stands for a currency in formatted money.
///
/// The rule, the same in every culture:
/// 1. The culture's home currency uses its local symbol (en-US USD "$", sv-SE SEK "kr",
///    nb-NO NOK "kr", da-DK DKK "kr.", de-CH CHF "CHF", en-GB GBP "£", the euro cultures "€").
/// 2. USD "$", EUR "€", GBP "£" and JPY "¥" use their symbol in every culture, unless the
///    symbol is the culture's own home symbol (a future en-CA with CAD "$" would write "USD").
/// 3. Every other currency is written as its ISO 4217 code ("SEK", "NOK", "KWD").
/// 4. The invariant culture always writes the ISO code.
///
/// So no symbol on a document is ambiguous: sv-SE writes SEK "kr" but NOK "NOK", en-US writes
/// SEK "SEK 1,234.50" and EUR "€1,234.50", sv-SE writes USD "1 234,50 $".
public enum CurrencySymbols {
    /// The local symbols this table knows, by ISO 4217 code. Rule 1 uses a culture's home entry;
    /// rule 2 uses the ``international`` entries.
    public static let local: [String: String] = [
        "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥",
        "SEK": "kr", "NOK": "kr", "DKK": "kr.", "ISK": "kr",
        "CHF": "CHF", "PLN": "zł", "CZK": "Kč",
        "CAD": "$", "AUD": "$", "NZD": "$", "CNY": "¥",
    ]

    /// The currencies whose symbol is used in every culture (rule 2).
    public static let international: Set<String> = ["USD", "EUR", "GBP", "JPY"]

    /// The symbols a culture with this home currency uses (rules 1 and 2), resolved once.
    static func symbols(homeCurrencyCode home: String?) -> [CurrencyText] {
        guard let home else { return [] }
        let homeSymbol = local[home] ?? home
        // A home code that is not ISO 4217 names no currency an amount can carry.
        var symbols = Currency(code: home).map { [CurrencyText(currency: $0, text: homeSymbol)] } ?? []
        for code in international.sorted() where code != home {
            if let symbol = local[code], symbol != homeSymbol, let currency = Currency(code: code) {
                symbols.append(CurrencyText(currency: currency, text: symbol))
            }
        }
        return symbols
    }
}

/// The text written for a currency, and whether a space separates it from an adjacent digit.
struct CurrencyText: Sendable {
    /// The currency (compared as its packed code: no string is made to find a symbol).
    let currency: Currency
    let text: String
    /// True when the text's last character is not a symbol or space, so `¤#` needs a space
    /// (CLDR currency spacing: "CHF 12", but "$12").
    let spaceBeforeDigits: Bool
    /// The same for the text's first character, for `#¤`.
    let spaceAfterDigits: Bool

    init(currency: Currency, text: String) {
        self.currency = currency
        self.text = text
        spaceBeforeDigits = Self.separatesFromDigits(text.unicodeScalars.last)
        spaceAfterDigits = Self.separatesFromDigits(text.unicodeScalars.first)
    }

    /// CLDR currency spacing: currency text next to a digit gets a space unless its character
    /// next to the digit is a symbol (`$`, `€`) or already a space.
    static func separatesFromDigits(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        switch scalar.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
             .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }
}

extension Culture {
    /// The text this culture writes for `currency` in money: a symbol or the ISO code (see
    /// ``CurrencySymbols`` for the rule).
    public func currencySymbol(for currency: Currency) -> String {
        currencyText(for: currency).text
    }

    func currencyText(for currency: Currency) -> CurrencyText {
        for symbol in data.currencySymbols where symbol.currency == currency { return symbol }
        // An ISO code: letters, which always take a space next to digits.
        return CurrencyText(currency: currency, text: currency.code, spaceBeforeDigits: true, spaceAfterDigits: true)
    }
}

extension CurrencyText {
    init(currency: Currency, text: String, spaceBeforeDigits: Bool, spaceAfterDigits: Bool) {
        self.currency = currency
        self.text = text
        self.spaceBeforeDigits = spaceBeforeDigits
        self.spaceAfterDigits = spaceAfterDigits
    }
}
