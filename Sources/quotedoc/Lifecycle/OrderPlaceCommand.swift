import ArgumentParser
import Foundation
import QuoteDocuments
import QuoteModel
import QuoteStore
import QuoteWorkflow

/// `quotedoc order [place]`: places the order on one alternative, with its confirmation.
struct OrderPlaceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "place",
        abstract: "Place the order on an alternative: render and archive the confirmation, record the activity, lock the quote.",
        discussion: """
            On a quote made on an ERP connection whose connector places orders, the order is placed \
            in the ERP too, before anything is recorded: if the ERP is down or refuses, nothing is \
            recorded and the command can simply be run again. A run again after a timeout or a \
            crash finds the ERP's order instead of making a second one.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var folders: DocumentFolderOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Option(help: "The alternative the customer accepted.")
    var alternative: String

    @Option(help: "The customer's purchase-order number.")
    var po: String = ""

    @Option(help: "A comment for the order.")
    var comment: String = ""

    @Flag(help: "Mark the sale sold.")
    var markSold = false

    @Option(help: ArgumentHelp("The culture for money, dates and labels, e.g. sv-SE (default: the sale type's default culture, else the settings', else en-US).", valueName: "culture"))
    var lang: String?

    @Flag(help: "Also make a PDF of the confirmation (needs WeasyPrint or Chromium).")
    var pdf = false

    @Option(help: ArgumentHelp(
        "The kind of UBL confirmation: standard, or peppol (Peppol BIS Order Agreement 3; needs both parties' endpoints). Default: the sale type's.",
        valueName: "profile"))
    var profile: ConfirmationProfile?

    @Flag(help: "Also write an e-mail (.eml) from the sale's owner to the contact, with the confirmation's documents attached, for your mail client.")
    var email = false

    @Option(help: ArgumentHelp("With --email: the recipient instead of the contact's address (needed when the contact has none), e.g. erika@acme.example or \"Erika Lind <erika@acme.example>\".", valueName: "address"))
    var to: String?

    func validate() throws {
        if to != nil, !email { throw ValidationError("--to is the e-mail's recipient: give it with --email") }
    }

    func run() async throws {
        let receipt = try await global.workflow().placeOrder(
            quoteNumber: quote,
            options: .init(alternative: alternative, poNumber: po, comment: comment, markSold: markSold, culture: lang, pdf: pdf, profile: profile,
                           email: email, recipient: to,
                           acting: actor.acting),
            output: try folders.output(pdf: pdf))
        try output.emit(receipt.activity) { ActivityText.describe(receipt.activity) }
    }
}
