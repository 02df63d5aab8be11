import Foundation
import QuoteDocuments
import QuoteModel
import StorageInterface

/// Where a use case makes and puts documents: the renderer (templates), the writer (the output
/// folder) and, for `--pdf`, a converter.
public struct DocumentOutput: Sendable {
    public let renderer: DocumentRenderer
    public let writer: DocumentWriter
    public let converter: PDFConverter?

    public init(renderer: DocumentRenderer, writer: DocumentWriter, converter: PDFConverter? = nil) {
        self.renderer = renderer
        self.writer = writer
        self.converter = converter
    }

    /// Renders HTML and UBL XML, and a PDF of the HTML when asked.
    func render(_ source: DocumentSource, options: DocumentOptions, formats: [DocumentFormat] = [.html, .xml], pdf: Bool, templateOverride: URL?) throws -> [RenderedDocument] {
        if pdf, converter == nil { throw QuoteError(.output, PDFConverter.missingMessage, remedy: .installPDFConverter) }
        var documents = try renderer.render(
            source.detail, ownCompany: source.ownCompany, images: source.images, stock: source.stock, fields: source.fields, options: options,
            formats: formats, templateOverride: templateOverride)
        if pdf, let converter, let html = documents.first(where: { $0.format == .html }) {
            documents.append(try converter.pdf(of: html))
        }
        return documents
    }

    /// Stages the files, runs `record` (the database transaction), then renames the files into
    /// place; if `record` fails, the staged files are removed and nothing is left behind. A
    /// process killed between the commit and the renames leaves temporary files whose documents
    /// the database holds: ``recoverLeftovers(saleNumber:storage:)`` finishes them.
    func archive(_ documents: [RenderedDocument], saleNumber: String, record: ([DocumentDraft]) throws -> ActivityRecord) throws -> LifecycleReceipt {
        let staged = try writer.stage(documents, saleNumber: saleNumber)
        CrashPoint.afterStaging.reach()
        let drafts = staged.map { file in
            DocumentDraft(
                kind: file.document.kind, format: file.document.format, path: file.finalURL.standardizedFileURL.path,
                sha256: file.document.sha256, byteSize: Int64(file.document.bytes.count), templateName: file.document.templateName,
                templateHash: file.document.templateHash, engineVersion: file.document.engineVersion)
        }
        let activity: ActivityRecord
        do {
            activity = try record(drafts)
        } catch {
            writer.discard(staged)
            throw error
        }
        CrashPoint.afterDatabaseCommit.reach()
        let written: [WrittenDocument]
        do {
            written = try writer.commit(staged, afterEach: { index in if index == 0 { CrashPoint.afterFirstRename.reach() } })
        } catch {
            throw QuoteError(.output, "recorded as activity \(activity.activity.id ?? 0), but the files could not be put in place (\(error)); the next send, order or preview for this sale puts them in place")
        }
        CrashPoint.afterAllRenames.reach()
        return LifecycleReceipt(activity: activity, files: written.map(\.url))
    }

    /// Finishes or removes what a killed process left in a sale's folder: a temporary file whose
    /// document the database archived (same final path and hash) is renamed into place; any other
    /// temporary file is removed. Call it holding the sale's lock.
    func recoverLeftovers(saleNumber: String, storage: any QuoteStorage) throws {
        try writer.recoverLeftovers(saleNumber: saleNumber) { folder in
            try storage.snapshot { store in try store.documents(inFolder: folder) }
        }
    }
}
