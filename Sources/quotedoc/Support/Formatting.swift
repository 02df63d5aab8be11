import QuoteModel

/// How numbers, dates and flags read in text output. JSON output keeps values exact instead.
extension ExactDecimal {
    /// A money amount rounded half-up to the currency's minor unit (`1552.60`).
    func amount(in currency: Currency) -> String {
        description(decimals: currency.minorUnits)
    }

    /// A unit price as stored, with at least the currency's minor unit (`9.8` → `9.80`,
    /// `0.125` stays `0.125`).
    func unitPrice(in currency: Currency) -> String {
        description(decimals: max(normalized.scale, currency.minorUnits))
    }

    /// A percentage with two decimals (`12.50`).
    var percentText: String {
        description(decimals: 2)
    }
}

extension Optional where Wrapped == ExactDecimal {
    /// The value as `format` shows it, or empty when unknown.
    func text(_ format: (ExactDecimal) -> String) -> String {
        map(format) ?? ""
    }
}

/// "yes" or empty, for boolean columns.
func yes(_ value: Bool) -> String {
    value ? "yes" : ""
}

extension QuoteLine {
    /// The line as a message names it: code and name (`P1 'Widget'`), or the name alone.
    var label: String {
        code.isEmpty ? "'\(name)'" : "\(code) '\(name)'"
    }
}
