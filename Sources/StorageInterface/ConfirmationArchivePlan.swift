import Foundation
import QuoteModel

/// What archiving a page of batch confirmations adds, worked out once for both stores: each
/// document whose path and SHA-256 are not archived yet, under its version's first confirmation
/// activity — a new "confirmation issued" activity for a version that has none. A store reads
/// what is archived and which activities exist, and writes the rows in one insert each.
public struct ConfirmationArchivePlan: Sendable {
    /// A confirmation with documents still to archive.
    public struct Entry: Sendable {
        public let archive: ConfirmationArchive
        public let versionId: Int64
        public let saleId: Int64
        public let missing: [DocumentDraft]
    }

    /// The confirmations with documents still to archive, in page order.
    public let entries: [Entry]

    /// Plans `page`, of which `archived` holds the hashes archived under each path already.
    public init(_ page: [ConfirmationArchive], archived: [String: Set<String>]) throws(QuoteError) {
        var entries: [Entry] = []
        for archive in page {
            guard let versionId = archive.version.id, let saleId = archive.sale.id else { throw QuoteError.notFound("quote", archive.quoteNumber) }
            let missing = archive.documents.filter { !(archived[$0.path]?.contains($0.sha256) ?? false) }
            if !missing.isEmpty { entries.append(Entry(archive: archive, versionId: versionId, saleId: saleId, missing: missing)) }
        }
        self.entries = entries
    }

    /// The versions whose confirmation activities are needed.
    public var versionIds: [Int64] { entries.map(\.versionId) }

    /// The activities to record: one for each version without a confirmation activity in `existing`
    /// (activity ids by version).
    public func newActivities(existing: [Int64: Int64], now: Date) -> [SaleActivity] {
        entries.filter { existing[$0.versionId] == nil }.map { entry in
            SaleActivity(
                kind: .confirmationIssued, saleId: entry.saleId, quoteVersionId: entry.versionId, associateId: entry.archive.sale.ownerId, date: now,
                text: "Order confirmation of quote \(entry.archive.quoteNumber) version \(entry.archive.version.rank) issued")
        }
    }

    /// The documents to archive, each under its version's activity in `activities` (ids by version).
    public func documents(activities: [Int64: Int64], now: Date) throws(QuoteError) -> [Document] {
        var documents: [Document] = []
        for entry in entries {
            guard let activityId = activities[entry.versionId] else {
                throw QuoteError(.databaseFailure, "no confirmation activity was recorded for quote \(entry.archive.quoteNumber)")
            }
            for draft in entry.missing {
                documents.append(Document(
                    activityId: activityId, quoteVersionId: entry.versionId, kind: draft.kind, format: draft.format, path: draft.path,
                    sha256: draft.sha256, byteSize: draft.byteSize, templateName: draft.templateName, templateHash: draft.templateHash,
                    engineVersion: draft.engineVersion, created: now))
            }
        }
        return documents
    }
}
