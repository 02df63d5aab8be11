import ArgumentParser
import QuoteModel

/// `quotedoc pricelist copy SOURCE NEW`: a new price list with the products of another.
struct PriceListCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a price list with its products, in the same or another currency.",
        discussion: """
            With --currency and --rate, every list price, cost and minimum price is multiplied by the rate \
            exactly and rounded half-up to the new currency's minor unit (9.80 × 0.92 = 9.016 → 9.02 EUR; \
            JPY has no decimals). With --zero-prices, every list price is 0 and cost and minimum price are \
            left out. Products removed from the source are not copied. The copy is active; its validity is \
            the source's unless --valid-from or --valid-to is given.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The price list to copy.")
    var source: String
    @Argument(help: "The new price list's name.")
    var name: String

    @Option(help: ArgumentHelp("The currency of the copy (ISO 4217); with --rate, or with --zero-prices.", valueName: "code"))
    var currency: Currency?
    @Option(help: ArgumentHelp("How many units of the new currency one unit of the source's is worth, e.g. 0.92.", valueName: "decimal"))
    var rate: ExactDecimal?
    @Flag(help: "Set every price to zero instead of converting.")
    var zeroPrices = false
    @Option(help: ArgumentHelp("The first valid day of the copy.", valueName: "yyyy-mm-dd"))
    var validFrom: LocalDate?
    @Option(help: ArgumentHelp("The last valid day of the copy.", valueName: "yyyy-mm-dd"))
    var validTo: LocalDate?

    func validate() throws {
        if zeroPrices && rate != nil { throw ValidationError("give --rate or --zero-prices, not both") }
        if rate != nil && currency == nil { throw ValidationError("--rate needs --currency (the currency the rate converts to)") }
        if currency != nil && rate == nil && !zeroPrices {
            throw ValidationError("--currency needs --rate (to convert the prices) or --zero-prices")
        }
        if let rate, !(rate > .zero) { throw ValidationError("--rate must be greater than zero (got \(rate))") }
        if let validFrom, let validTo, validTo < validFrom {
            throw ValidationError("--valid-to (\(validTo)) is before --valid-from (\(validFrom))")
        }
    }

    /// What the copy's prices become.
    var prices: PriceListCopy {
        if zeroPrices { return .zeroPrices(currency: currency) }
        if let currency, let rate { return .converted(to: currency, rate: rate) }
        return .samePrices
    }

    func run() throws {
        let (copy, products) = try global.workflow().copyPriceList(named: source, to: name, prices: prices, validFrom: validFrom, validTo: validTo)
        let how = switch prices {
        case .samePrices: "at the same prices"
        case .converted(_, let rate): "at the prices × \(rate), rounded to \(copy.currency.minorUnits) decimals"
        case .zeroPrices: "at zero prices"
        }
        print("Copied \(products) product\(products == 1 ? "" : "s") of \(source) to \(copy.name) in \(copy.currency) \(how).")
    }
}
