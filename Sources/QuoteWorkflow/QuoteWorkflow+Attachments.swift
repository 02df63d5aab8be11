import Foundation
import QuoteDocuments
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// The attachments of quote `quoteNumber`'s version `rank` (the active one when nil), by name.
    public func attachments(quoteNumber: String, version rank: Int? = nil) throws -> [VersionAttachment] {
        try storage.snapshot { store in
            let version = try Self.version(store, quoteNumber: quoteNumber, rank: rank)
            return try store.attachments(ofVersion: version.id!)
        }
    }

    /// Attaches `bytes` as `fileName` to the active version of quote `quoteNumber`, included in
    /// the next send unless `included` is false; the version must still be editable
    /// (``AttachmentRules``).
    @discardableResult
    public func addAttachment(quoteNumber: String, fileName: String, bytes: [UInt8], included: Bool = true) throws -> VersionAttachment {
        try storage.transaction { store in
            let version = try Self.activeVersion(store, of: try Self.quote(store, number: quoteNumber))
            try AttachmentRules.checkEditable(version, quoteNumber: quoteNumber)
            try AttachmentRules.check(fileName: fileName, bytes: bytes, existing: try store.attachments(ofVersion: version.id!).map(\.fileName))
            return try store.insert(VersionAttachment(
                versionId: version.id!, fileName: fileName, mediaType: AttachmentRules.mediaType(forFileName: fileName), bytes: bytes,
                sha256: SHA256Digest.hex(bytes), isIncluded: included))
        }
    }

    /// Removes attachment `fileName` from the active version of quote `quoteNumber`.
    public func removeAttachment(quoteNumber: String, fileName: String) throws {
        try storage.transaction { store in
            let (attachment, _) = try Self.editableAttachment(store, quoteNumber: quoteNumber, fileName: fileName)
            try store.delete(attachment)
        }
    }

    /// Includes attachment `fileName` of the active version in the next send, or leaves it out.
    @discardableResult
    public func setAttachmentIncluded(quoteNumber: String, fileName: String, included: Bool) throws -> VersionAttachment {
        try storage.transaction { store in
            var (attachment, _) = try Self.editableAttachment(store, quoteNumber: quoteNumber, fileName: fileName)
            attachment.isIncluded = included
            try store.update(attachment)
            return attachment
        }
    }

    /// The default attachments of sale type `saleTypeName`, by name.
    public func saleTypeAttachments(saleTypeName: String) throws -> [SaleTypeAttachment] {
        try storage.snapshot { store in try store.attachments(ofSaleType: try Self.saleType(store, named: saleTypeName).id!) }
    }

    /// Adds a default attachment to sale type `saleTypeName`: every new quote of the sale type
    /// gets it, included, on its first version.
    @discardableResult
    public func addSaleTypeAttachment(saleTypeName: String, fileName: String, bytes: [UInt8]) throws -> SaleTypeAttachment {
        try storage.transaction { store in
            let saleType = try Self.saleType(store, named: saleTypeName)
            try AttachmentRules.check(fileName: fileName, bytes: bytes, existing: try store.attachments(ofSaleType: saleType.id!).map(\.fileName))
            return try store.insert(SaleTypeAttachment(
                saleTypeId: saleType.id!, fileName: fileName, mediaType: AttachmentRules.mediaType(forFileName: fileName), bytes: bytes,
                sha256: SHA256Digest.hex(bytes)))
        }
    }

    /// Removes default attachment `fileName` from sale type `saleTypeName`; quotes that have a copy keep it.
    public func removeSaleTypeAttachment(saleTypeName: String, fileName: String) throws {
        try storage.transaction { store in
            let saleType = try Self.saleType(store, named: saleTypeName)
            guard let attachment = try store.attachments(ofSaleType: saleType.id!).first(where: { $0.fileName == fileName }) else {
                throw QuoteError.notFound("attachment of sale type \(saleTypeName)", fileName)
            }
            try store.delete(attachment)
        }
    }

    /// The included attachments of `version` as documents to send with its proposal, each under
    /// a name of its own in the sale's folder (`11040-v2-attachment-terms.pdf`), so no archived
    /// file is ever replaced.
    static func attachmentDocuments(_ store: any StorageReader, version: QuoteVersion, quoteNumber: String) throws -> [RenderedDocument] {
        try store.attachments(ofVersion: version.id!).filter(\.isIncluded).map { attachment in
            RenderedDocument(
                kind: .proposal, format: .attachment, fileName: "\(quoteNumber)-v\(version.rank)-attachment-\(attachment.fileName)",
                bytes: attachment.bytes, sha256: attachment.sha256, templateName: attachment.fileName, templateHash: attachment.sha256,
                engineVersion: DocumentRenderer.engineVersion)
        }
    }

    /// Copies `attachments` onto version `versionId`, keeping each one's include flag.
    static func copy(_ attachments: [VersionAttachment], onto versionId: Int64, _ store: any StorageWriter) throws {
        for var attachment in attachments {
            attachment.id = nil
            attachment.versionId = versionId
            _ = try store.insert(attachment)
        }
    }

    private static func editableAttachment(_ store: any StorageReader, quoteNumber: String, fileName: String) throws -> (VersionAttachment, QuoteVersion) {
        let version = try activeVersion(store, of: try quote(store, number: quoteNumber))
        try AttachmentRules.checkEditable(version, quoteNumber: quoteNumber)
        guard let attachment = try store.attachments(ofVersion: version.id!).first(where: { $0.fileName == fileName }) else {
            throw QuoteError(.notFound, "version \(version.rank) of quote \(quoteNumber) has no attachment '\(fileName)'", value: fileName, quote: quoteNumber)
        }
        return (attachment, version)
    }

    private static func version(_ store: any StorageReader, quoteNumber: String, rank: Int?) throws -> QuoteVersion {
        let quote = try quote(store, number: quoteNumber)
        guard let rank else { return try activeVersion(store, of: quote) }
        guard let version = try store.versions(of: quote).first(where: { $0.rank == rank }) else {
            throw QuoteError(.notFound, "quote \(quoteNumber) has no version \(rank)", value: "\(rank)", quote: quoteNumber)
        }
        return version
    }

    private static func saleType(_ store: any StorageReader, named name: String) throws -> SaleType {
        guard let saleType = try store.saleType(named: name) else { throw QuoteError.notFound("sale type", name) }
        return saleType
    }
}
