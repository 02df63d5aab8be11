import ArgumentParser
import QuoteModel

/// The quote rules `saletype add` and `saletype edit` set; each one given replaces the sale
/// type's, the others are kept.
struct SaleTypeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Days a sent quote stays valid (0 or more).", valueName: "days"))
    var validityDays: Int?

    @Option(help: "Whether a quote may have more than one alternative.")
    var alternatives: OnOff?

    @Option(help: ArgumentHelp("A total discount above this percentage (0–100) needs approval.", valueName: "percent"))
    var maxDiscount: ExactDecimal?

    @Flag(help: "No discount limit.")
    var noMaxDiscount = false

    @Option(help: ArgumentHelp("An earning below this percentage (0–100) needs approval.", valueName: "percent"))
    var minEarning: ExactDecimal?

    @Flag(help: "No earning limit.")
    var noMinEarning = false

    @Option(help: ArgumentHelp(
        "The proposal template: NAME.html in the templates folder (NAME.xml too when it is there, else the standard proposal.xml).",
        valueName: "name"))
    var proposalTemplate: String?

    @Option(help: ArgumentHelp(
        "The order confirmation template: NAME.html (NAME.xml too when it is there, else the standard order-confirmation.xml).",
        valueName: "name"))
    var confirmationTemplate: String?

    @Option(help: ArgumentHelp("The culture of this sale type's documents when a command gives no --lang, e.g. sv-SE.", valueName: "culture"))
    var culture: String?

    @Flag(help: "No culture of its own: the settings' default culture.")
    var noCulture = false

    @Option(help: ArgumentHelp(
        "The kind of UBL order confirmation its orders get: standard, or peppol (Peppol BIS Order Agreement 3); `order --profile` overrides it.",
        valueName: "profile"))
    var confirmationProfile: ConfirmationProfile?

    func validate() throws {
        if maxDiscount != nil, noMaxDiscount { throw ValidationError("give --max-discount or --no-max-discount, not both") }
        if minEarning != nil, noMinEarning { throw ValidationError("give --min-earning or --no-min-earning, not both") }
        if culture != nil, noCulture { throw ValidationError("give --culture or --no-culture, not both") }
    }

    /// Whether a template is named, so the templates folder is needed to check it.
    var namesTemplates: Bool { proposalTemplate != nil || confirmationTemplate != nil }

    /// `saleType` with every option given applied.
    func apply(to saleType: inout SaleType) {
        if let validityDays { saleType.quoteValidityDays = validityDays }
        if let alternatives { saleType.allowsAlternatives = alternatives.isOn }
        if let maxDiscount { saleType.maxDiscountPercent = maxDiscount }
        if noMaxDiscount { saleType.maxDiscountPercent = nil }
        if let minEarning { saleType.minEarningPercent = minEarning }
        if noMinEarning { saleType.minEarningPercent = nil }
        if let proposalTemplate { saleType.quoteTemplate = proposalTemplate }
        if let confirmationTemplate { saleType.confirmationTemplate = confirmationTemplate }
        if let culture { saleType.defaultCulture = culture }
        if noCulture { saleType.defaultCulture = nil }
        if let confirmationProfile { saleType.confirmationProfile = confirmationProfile }
    }
}
