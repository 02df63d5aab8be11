import ArgumentParser
import Foundation
import QuoteDocuments
import QuoteModel
import QuoteStore
import QuoteWorkflow

/// `quotedoc send`: sends the active version: renders the proposal, freezes the version and
/// records exactly one "quote sent" activity holding the documents and their hashes.
struct SendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send a quote's active version: render the proposal, archive it, record the activity.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var revision: RevisionOptions
    @OptionGroup var folders: DocumentFolderOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Option(help: "Days the quote stays valid (default: the sale type's).")
    var validDays: Int?

    @Option(help: ArgumentHelp("The last valid day, YYYY-MM-DD.", valueName: "date"))
    var validTo: LocalDate?

    @Option(help: ArgumentHelp("A template file to use instead of the sale type's proposal template.", valueName: "path"))
    var layout: String?

    @Option(help: ArgumentHelp("The culture for money, dates and labels, e.g. sv-SE (default: the sale type's default culture, else the settings', else en-US).", valueName: "culture"))
    var lang: String?

    @Option(help: "Which alternatives the proposal shows.")
    var alternatives: AlternativeSelection = .favourite

    @Option(help: ArgumentHelp("Create a follow-up activity on this day, YYYY-MM-DD.", valueName: "date"))
    var followUp: LocalDate?

    @Option(help: "The follow-up's text (default: the settings' follow-up text, see `quotedoc settings`).")
    var followUpText: String?

    @Flag(help: "Also make a PDF of the proposal (needs WeasyPrint or Chromium).")
    var pdf = false

    @Flag(help: "Also write an e-mail (.eml) from the sale's owner to the contact, with the proposal's documents attached, for your mail client.")
    var email = false

    @Option(help: ArgumentHelp("With --email: the recipient instead of the contact's address (needed when the contact has none), e.g. erika@acme.example or \"Erika Lind <erika@acme.example>\".", valueName: "address"))
    var to: String?

    func validate() throws {
        if to != nil, !email { throw ValidationError("--to is the e-mail's recipient: give it with --email") }
        if let validDays, validDays < 0 { throw ValidationError("--valid-days cannot be negative") }
        if validDays != nil, validTo != nil { throw ValidationError("give --valid-days or --valid-to, not both") }
    }

    func run() throws {
        let receipt = try global.workflow().send(
            quoteNumber: quote,
            options: .init(validDays: validDays, validTo: validTo, culture: lang, alternatives: alternatives,
                           followUp: followUp.map { ($0, followUpText) }, pdf: pdf, email: email, recipient: to, acting: actor.acting(ifRevision: revision.expected)),
            output: try folders.output(pdf: pdf),
            templateOverride: layout.map { URL(fileURLWithPath: $0) })
        try output.emit(receipt.activity) { ActivityText.describe(receipt.activity) }
    }
}
