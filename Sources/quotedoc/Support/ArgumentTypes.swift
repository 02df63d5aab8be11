import ArgumentParser
import QuoteModel

// Values read from the command line. A value that does not parse is a usage error (exit 64):
// exact decimals in plain notation only (no exponent, `nan` or `inf`), dates as YYYY-MM-DD,
// currencies as ISO 4217 codes.

extension ExactDecimal: ExpressibleByArgument {}

extension LocalDate: ExpressibleByArgument {}

extension Currency: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(code: argument)
    }
}

extension SaleStatus: ExpressibleByArgument {}

extension VersionState: ExpressibleByArgument {}

/// Refuses negative values where they make no sense: each entry is an option name and its value.
func refuseNegative(_ values: KeyValuePairs<String, ExactDecimal?>) throws(ValidationError) {
    for case let (option, value?) in values where value.isNegative {
        throw ValidationError("\(option) must not be negative (got \(value))")
    }
}
