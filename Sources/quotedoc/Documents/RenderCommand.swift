import ArgumentParser
import Foundation
import QuoteDocuments
import QuoteModel
import QuoteStore

/// `quotedoc render`: writes a quote's proposal or order confirmation, exactly as sending would
/// make it, and records nothing. This is the template designer's preview.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a proposal or order confirmation to files, recording nothing (a preview).",
        discussion: "Files go to <out>/<sale number>/, named by quote number, version and kind.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var folders: DocumentFolderOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Option(help: "Which document.")
    var document: DocumentKindArgument

    @Option(help: "Which formats.")
    var format: FormatArgument = .all

    @Option(help: "The version to render (default: the active one).")
    var rev: Int?

    @Option(help: "Which alternatives a proposal shows.")
    var alternatives: AlternativeSelection = .favourite

    @Option(help: ArgumentHelp("The culture for money, dates and labels, e.g. sv-SE (default en-US).", valueName: "culture"))
    var lang: String?

    @Option(help: ArgumentHelp("A template file to use instead of the standard one for its format.", valueName: "path"))
    var template: String?

    func validate() throws {
        if let rev, rev < 1 { throw ValidationError("--rev is a version number, from 1") }
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
        if format.formats.contains(.xml) { UBLSchemas.prepare(for: document.kind) }
        let database = try global.openDatabase()
        let source = try database.documentSource(quoteNumber: quote, rank: rev)
        let renderer = DocumentRenderer(library: try folders.library())
        let writer = DocumentWriter(outputFolder: folders.outputFolder)
        let saleNumber = source.detail.sale.number
        let options = DocumentOptions(kind: document.kind, alternatives: alternatives, culture: lang, issueDate: .today)
        let documents = try renderer.render(
            source.detail, ownCompany: source.ownCompany, images: source.images, options: options, formats: format.formats,
            templateOverride: template.map { URL(fileURLWithPath: $0) })
        let written = try writer.withSaleLock(saleNumber) {
            // First finish what a killed send or order left in this sale's folder (its archived
            // documents are renamed into place) rather than deleting it.
            try QuoteSender(database: database, renderer: renderer, writer: writer).recoverLeftovers(saleNumber: saleNumber)
            // A preview never replaces a document archived by a send or an order with other bytes.
            let folder = writer.folder(forSale: saleNumber).standardizedFileURL
            let archived = try database.archivedHashes(paths: documents.map { folder.appendingPathComponent($0.fileName).path })
            let clash = documents.first { document in
                guard let hashes = archived[folder.appendingPathComponent(document.fileName).path] else { return false }
                return !hashes.contains(document.sha256)
            }
            if let clash {
                throw CommandFailure("\(folder.appendingPathComponent(clash.fileName).path) is an archived document of a sent quote or placed order and is never overwritten; render the preview into another folder with --out DIR")
            }
            return try writer.write(documents, saleNumber: saleNumber)
        }
        let files = written.map {
            WrittenFile(path: $0.url.path, kind: $0.document.kind, format: $0.document.format, sha256: $0.document.sha256,
                        byteSize: $0.document.bytes.count, templateName: $0.document.templateName, templateHash: $0.document.templateHash)
        }
        try output.emit(files) {
            files.map { "\($0.path)  \($0.byteSize) bytes  sha256 \($0.sha256)" }.joined(separator: "\n")
        }
    }
}
