import ArgumentParser
import QuoteModel

/// `quotedoc pricelist add`: a new price list.
struct PriceListAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a price list.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "A unique name.")
    var name: String
    @Option(help: ArgumentHelp("The ISO 4217 currency of its prices.", valueName: "code"))
    var currency: Currency
    @Option(help: ArgumentHelp("What the price list is for.", valueName: "text"))
    var description = ""
    @Option(help: ArgumentHelp("The first valid day.", valueName: "yyyy-mm-dd"))
    var validFrom: LocalDate?
    @Option(help: ArgumentHelp("The last valid day.", valueName: "yyyy-mm-dd"))
    var validTo: LocalDate?
    @Flag(help: "Add it as inactive.")
    var inactive = false

    func validate() throws {
        if name.isEmpty { throw ValidationError("--name must not be empty") }
        if let validFrom, let validTo, validTo < validFrom {
            throw ValidationError("--valid-to (\(validTo)) is before --valid-from (\(validFrom))")
        }
    }

    func run() throws {
        let added = try global.workflow().addPriceList(PriceList(
            name: name, description: description, currency: currency,
            validFrom: validFrom, validTo: validTo, isActive: !inactive))
        print("Added price list \(added.name) in \(added.currency)\(added.isActive ? "" : " (inactive)").")
    }
}
