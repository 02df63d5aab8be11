import ArgumentParser
import QuoteModel

/// `quotedoc pricelist edit NAME`: a price list's name, description, validity or activity.
struct PriceListEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a price list's name, description, validity or activity.",
        discussion: "The currency never changes: copy the list with `pricelist copy --currency` instead. Quote lines already copied from its products keep their prices.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The price list name.")
    var name: String

    @Option(name: .customLong("name"), help: ArgumentHelp("A new unique name.", valueName: "name"))
    var newName: String?
    @Option(help: ArgumentHelp("What the price list is for.", valueName: "text"))
    var description: String?
    @Option(help: ArgumentHelp("The first valid day.", valueName: "yyyy-mm-dd"))
    var validFrom: LocalDate?
    @Option(help: ArgumentHelp("The last valid day.", valueName: "yyyy-mm-dd"))
    var validTo: LocalDate?
    @Flag(help: "Valid from the beginning (no first day).")
    var noValidFrom = false
    @Flag(help: "Valid for ever (no last day).")
    var noValidTo = false
    @Flag(inversion: .prefixedEnableDisable, help: "Make the list active (its products can be quoted) or inactive.")
    var active: Bool?

    func validate() throws {
        if validFrom != nil && noValidFrom { throw ValidationError("give --valid-from or --no-valid-from, not both") }
        if validTo != nil && noValidTo { throw ValidationError("give --valid-to or --no-valid-to, not both") }
        if newName == nil, description == nil, validFrom == nil, validTo == nil, !noValidFrom, !noValidTo, active == nil {
            throw ValidationError("nothing to change: give --name, --description, --valid-from, --valid-to or --enable-active/--disable-active")
        }
    }

    func run() throws {
        let saved = try global.workflow().editPriceList(named: name) { list in
            if let newName { list.name = newName }
            if let description { list.description = description }
            if noValidFrom { list.validFrom = nil } else if let validFrom { list.validFrom = validFrom }
            if noValidTo { list.validTo = nil } else if let validTo { list.validTo = validTo }
            if let active { list.isActive = active }
        }
        print("Saved price list \(saved.name): valid \(PriceListShowCommand.validity(saved)), \(saved.isActive ? "active" : "inactive").")
    }
}
