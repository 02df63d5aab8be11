import Foundation
import QuoteModel

/// Where quotes are kept: the one narrow interface the workflow talks to. A store loads, saves
/// and queries; it decides nothing (every rule is in the model, every use case in the workflow).
/// SQLite (`QuoteStore`) implements it; a server store can implement it without the workflow
/// changing.
public protocol QuoteStorage: Sendable {
    /// Runs `body` on one consistent snapshot.
    func snapshot<T>(_ body: (any StorageReader) throws -> T) throws -> T
    /// Runs `body` in one transaction: everything it writes is kept, or nothing is (a thrown
    /// error rolls it all back).
    func transaction<T>(_ body: (any StorageWriter) throws -> T) throws -> T
    /// Checks the store's own structure (for SQLite, a check of every page of the file).
    func verifyIntegrity() throws
    /// Recomputes the hash chains of the audit trail (sale activities, archived documents, state
    /// changes) and reports every row changed, deleted or inserted out of order behind the
    /// store's back, with the head of each chain; each of `noted` (heads noted down earlier)
    /// must still be in its chain.
    func verifyAuditTrail(noted: [AuditChainHead]) throws -> AuditTrailReport

    // The confirmation batch's bulk operations, each its own transaction, made for pages of
    // hundreds of quotes at a time.

    /// The numbers of the quotes with an order placed that `selection` covers, in quote order.
    func orderedQuoteNumbers(_ selection: OrderSelection) throws -> [String]
    /// The document sources of several quotes (their active versions), read in one snapshot; a
    /// quote that cannot be read is a failure with the reason, so one bad quote does not stop the
    /// rest. Only the alternatives `alternatives` names are read.
    func documentSources(quoteNumbers: [String], alternatives: LoadedAlternatives) throws -> [String: Result<DocumentSource, QuoteError>]
    /// The SHA-256 hashes archived for each of `paths` (a path may have several, after re-issues).
    func archivedHashes(paths: [String]) throws -> [String: Set<String>]
    /// Archives a page of confirmations in one transaction, each against the version it was
    /// rendered from; the first confirmation of a version records one "confirmation issued"
    /// activity. Returns how many activities and documents were added.
    func archiveConfirmations(_ entries: [ConfirmationArchive], now: Date) throws -> (activities: Int, documents: Int)
}
