import Foundation
import QuoteDocuments
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// What to preview.
    public struct PreviewOptions: Sendable {
        public var kind: DocumentKind
        public var formats: [DocumentFormat]
        /// The version to render; the active one when nil.
        public var version: Int?
        public var alternatives: AlternativeSelection
        public var culture: String?
        /// The validity a proposal of an unsent version shows, as `send` takes it.
        public var validDays: Int?
        public var validTo: LocalDate?
        public var today: LocalDate
        /// For a confirmation, the kind of UBL; nil for the sale type's.
        public var profile: ConfirmationProfile?

        public init(kind: DocumentKind, formats: [DocumentFormat], version: Int? = nil, alternatives: AlternativeSelection = .favourite,
                    culture: String? = nil, validDays: Int? = nil, validTo: LocalDate? = nil, today: LocalDate, profile: ConfirmationProfile? = nil) {
            self.kind = kind
            self.formats = formats
            self.version = version
            self.alternatives = alternatives
            self.culture = culture
            self.validDays = validDays
            self.validTo = validTo
            self.today = today
            self.profile = profile
        }
    }

    /// Renders a quote's proposal or order confirmation and writes the files, recording nothing:
    /// the template designer's and salesperson's preview. The proposal of an unsent version is
    /// rendered as `send` would render it today with the same options (sent today, valid to the
    /// same day), so the same day it is byte-identical to what sending writes. A file archived by
    /// a send or an order is never replaced by other bytes; an earlier preview is.
    public func preview(quoteNumber: String, options: PreviewOptions, output: DocumentOutput, templateOverride: URL? = nil) throws -> [WrittenDocument] {
        let (source, documents) = try renderPreview(quoteNumber: quoteNumber, options: options, renderer: output.renderer, templateOverride: templateOverride)
        let saleNumber = source.detail.sale.number
        return try output.writer.withSaleLock(saleNumber) {
            // First finish what a killed send or order left in this sale's folder (its archived
            // documents are put in place) rather than deleting it.
            try output.recoverLeftovers(saleNumber: saleNumber, storage: storage)
            let folder = output.writer.folder(forSale: saleNumber).standardizedFileURL
            let paths = documents.map { folder.appendingPathComponent($0.fileName).path }
            let archived = try storage.snapshot { store in try store.archivedHashes(paths: paths) }
            for (document, path) in zip(documents, paths) {
                if let hashes = archived[path], !hashes.contains(document.sha256) {
                    throw QuoteError(.output, "\(path) is an archived document of a sent quote or placed order and is never overwritten", value: path, quote: quoteNumber, remedy: .writeElsewhere)
                }
            }
            return try output.writer.writePreview(documents, saleNumber: saleNumber) { path in archived[path] != nil }
        }
    }

    /// Renders a quote's proposal or order confirmation in memory exactly as ``preview(quoteNumber:options:output:templateOverride:)``
    /// does (so as `send` and `order` do), writing and recording nothing: the live preview's
    /// documents. Returns the data it was rendered from with the documents.
    public func renderPreview(
        quoteNumber: String, options: PreviewOptions, renderer: DocumentRenderer, templateOverride: URL? = nil
    ) throws -> (source: DocumentSource, documents: [RenderedDocument]) {
        if options.formats.contains(.xml) { UBLSchemas.prepare(for: options.kind, validation: renderer.validation) }
        var source = try storage.snapshot { store in try store.documentSource(quoteNumber: quoteNumber, version: options.version) }
        if options.kind == .proposal, source.detail.version.version.state.isEditable {
            source = try Self.asSent(source, validDays: options.validDays, validTo: options.validTo, today: options.today)
        }
        let documentOptions = DocumentOptions(
            kind: options.kind, alternatives: options.alternatives, culture: source.culture(requested: options.culture), issueDate: options.today,
            profile: options.profile)
        let documents = try renderer.render(
            source.detail, ownCompany: source.ownCompany, images: source.images, stock: source.stock, fields: source.fields, options: documentOptions,
            formats: options.formats, templateOverride: templateOverride)
        return (source, documents)
    }

    /// The documents archived for version `version` of quote `quoteNumber` (the active one when
    /// nil), oldest first, each with whether its file still has the SHA-256 recorded for it.
    public func archivedDocuments(quoteNumber: String, version: Int?) throws -> [(document: Document, bytes: [UInt8]?, intact: Bool)] {
        let (detail, activities) = try storage.snapshot { store in
            (try store.quoteDetail(number: quoteNumber, version: version), try store.activities(ActivityFilter(quoteNumber: quoteNumber)))
        }
        let versionId = detail.version.version.id
        return activities.flatMap(\.documents).filter { $0.quoteVersionId == versionId }.map { document in
            guard let data = FileManager.default.contents(atPath: document.path) else { return (document, nil, false) }
            let bytes = [UInt8](data)
            return (document, bytes, SHA256Digest.hex(bytes) == document.sha256)
        }
    }
}
