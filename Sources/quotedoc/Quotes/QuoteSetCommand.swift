import Foundation
import ArgumentParser
import QuoteModel
import QuoteStore
import QuoteWorkflow
import StorageInterface

/// `quotedoc quote set NUMBER`: changes the details of the quote's active version.
struct QuoteSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change the terms, addresses, description, rounding or extra fields of a quote's active version.",
        discussion: """
            Only the details given change, and only on a draft (a sent, archived, sold or lost \
            version is changed through a new version). The version is repriced and revalidated: \
            --rounding perTotal keeps full precision through the sums and rounds each total once, \
            perLine rounds every line and adds the rounded figures (see the README). A change lapses \
            an approval, as any edit does.

            An address (--delivery-address, --invoice-address) is `customer` (a copy of the \
            customer company's address), `none` (no address), or its parts as KEY=VALUE separated by \
            semicolons, with the keys street, postal-code, city, region and country, e.g. \
            "street=Obere Str. 57; postal-code=12209; city=Berlin; country=DE". The parts given \
            replace the whole address (a part not given is blank); country is an ISO 3166-1 alpha-2 \
            code; a value cannot contain a semicolon.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var actor: ActorOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Option(help: ArgumentHelp("The payment terms (\"30 days net\"); \"\" clears them.", valueName: "text"))
    var paymentTerms: String?
    @Option(help: ArgumentHelp("How the customer pays (\"Bank transfer\"); \"\" clears it.", valueName: "text"))
    var paymentType: String?
    @Option(help: ArgumentHelp("The delivery terms (\"DAP Berlin\"); \"\" clears them.", valueName: "text"))
    var deliveryTerms: String?
    @Option(help: ArgumentHelp("How the goods travel (\"Courier\"); \"\" clears it.", valueName: "text"))
    var deliveryType: String?
    @Option(help: ArgumentHelp("Where the goods go: customer, none, or KEY=VALUE; … (see above).", valueName: "address"),
            transform: VersionDetailsChange.Address.parse)
    var deliveryAddress: VersionDetailsChange.Address?
    @Option(help: ArgumentHelp("Where the invoice goes: customer, none, or KEY=VALUE; … (see above).", valueName: "address"),
            transform: VersionDetailsChange.Address.parse)
    var invoiceAddress: VersionDetailsChange.Address?
    @Option(help: ArgumentHelp("The version's description, printed on the proposal; \"\" clears it.", valueName: "text"))
    var description: String?
    @Option(help: ArgumentHelp("When amounts are rounded to the currency's minor unit: perLine or perTotal.", valueName: "policy"))
    var rounding: RoundingPolicy?
    @Option(help: ArgumentHelp("Extra field N (1 to 5) of the version; repeat for several; N= clears it.", valueName: "N=text"),
            transform: ExtraFieldAssignment.parse)
    var extraField: [ExtraFieldAssignment] = []

    var change: VersionDetailsChange {
        VersionDetailsChange(
            paymentTerms: paymentTerms, paymentType: paymentType, deliveryTerms: deliveryTerms, deliveryType: deliveryType,
            deliveryAddress: deliveryAddress, invoiceAddress: invoiceAddress, description: description, roundingPolicy: rounding,
            extraFields: Dictionary(extraField.map { ($0.number, $0.text) }, uniquingKeysWith: { _, last in last }))
    }

    func validate() throws {
        if change.isEmpty { throw ValidationError("nothing to change: give at least one detail option (see --help)") }
        let numbers = extraField.map(\.number)
        if Set(numbers).count != numbers.count { throw ValidationError("--extra-field names the same field twice") }
    }

    func run() throws {
        let (detail, changes) = try global.workflow().setDetails(quoteNumber: quote, change, acting: actor.acting(ifRevision: revision.expected))
        try output.emit(VersionDetailsJSON(changes: changes, quote: try QuoteJSON(detail))) {
            let version = detail.version.version
            let message = changes.isEmpty
                ? "Nothing changed on version \(version.rank) of quote \(quote): every detail given has that value already."
                : "Changed version \(version.rank) of quote \(quote):\n" + fieldList(changes.map { (Self.label($0.field), Self.text($0)) }, indent: "  ")
            return try QuoteRenderer.editSummary(detail, message: message, alternatives: detail.version.alternatives.map(\.alternative.name))
        }
    }

    /// What `quote set --json` prints: the details that changed and the quote as saved.
    struct VersionDetailsJSON: Encodable {
        let changes: [VersionDetailChange]
        let quote: QuoteJSON
    }

    /// "Payment terms" for `paymentTerms`, "Extra field 2" for `extraField2`.
    static func label(_ field: String) -> String {
        switch field {
        case "paymentTerms": "Payment terms"
        case "paymentType": "Payment type"
        case "deliveryTerms": "Delivery terms"
        case "deliveryType": "Delivery type"
        case "deliveryAddress": "Delivery address"
        case "invoiceAddress": "Invoice address"
        case "description": "Description"
        case "roundingPolicy": "Rounding"
        default: field.replacingOccurrences(of: "extraField", with: "Extra field ")
        }
    }

    /// "'' → '30 days net'"
    static func text(_ change: VersionDetailChange) -> String {
        "'\(change.old)' → '\(change.new)'"
    }
}
