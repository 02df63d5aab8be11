import ArgumentParser
import Foundation
import QuoteDocuments
import QuoteModel
import QuoteWorkflow

/// `quotedoc render`: writes a quote's proposal or order confirmation, exactly as sending would
/// make it, and records nothing. This is the template designer's preview.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a proposal or order confirmation to files, recording nothing (a preview).",
        discussion: """
            Files go to <out>/<sale number>/ (default ./Output/previews, apart from what send and order archive), \
            named by quote number, version and kind; a file is never replaced. The proposal of an unsent \
            version is rendered as `quotedoc send` would render it today with the same options (sent today, valid \
            to the same day): the same day, the files are byte-identical to what sending writes.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var folders: DocumentFolderOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Argument(help: "The version to render (default: the active one).")
    var version: Int?

    @Option(help: "Which document.")
    var document: DocumentKindArgument

    @Option(help: "Which formats.")
    var format: FormatArgument = .all

    @Option(help: "Which alternatives a proposal shows.")
    var alternatives: AlternativeSelection = .favourite

    @Option(help: ArgumentHelp("The culture for money, dates and labels, e.g. sv-SE (default: the sale type's default culture, else the settings', else en-US).", valueName: "culture"))
    var lang: String?

    @Option(help: ArgumentHelp("A template file to use instead of the sale type's template for its format.", valueName: "path"))
    var template: String?

    @Option(help: "Days an unsent proposal shows it stays valid, as `send --valid-days` (default: the sale type's).")
    var validDays: Int?

    @Option(help: ArgumentHelp("The last valid day an unsent proposal shows, as `send --valid-to`, YYYY-MM-DD.", valueName: "date"))
    var validTo: LocalDate?

    @Option(help: ArgumentHelp("The kind of UBL a confirmation is: standard or peppol, as `order --profile` (default: the sale type's).", valueName: "profile"))
    var profile: ConfirmationProfile?

    func validate() throws {
        if let version, version < 1 { throw ValidationError("a version number is 1 or more") }
        if let validDays, validDays < 0 { throw ValidationError("--valid-days cannot be negative") }
        if validDays != nil, validTo != nil { throw ValidationError("give --valid-days or --valid-to, not both") }
    }

    /// One written file, as printed with --json.
    struct WrittenFile: Encodable {
        let path: String
        let kind: DocumentKind
        let format: DocumentFormat
        let sha256: String
        let byteSize: Int
        let templateName: String
        let templateHash: String
    }

    func run() throws {
        let written = try global.workflow().preview(
            quoteNumber: quote,
            options: .init(kind: document.kind, formats: format.formats, version: version, alternatives: alternatives, culture: lang,
                           validDays: validDays, validTo: validTo, today: .today, profile: profile),
            output: try folders.output(defaultFolder: "Output/previews"),
            templateOverride: template.map { URL(fileURLWithPath: $0) })
        let files = written.map {
            WrittenFile(path: $0.url.path, kind: $0.document.kind, format: $0.document.format, sha256: $0.document.sha256,
                        byteSize: $0.document.bytes.count, templateName: $0.document.templateName, templateHash: $0.document.templateHash)
        }
        try output.emit(files) {
            files.map { "\($0.path)  \($0.byteSize) bytes  sha256 \($0.sha256)" }.joined(separator: "\n")
        }
    }
}
