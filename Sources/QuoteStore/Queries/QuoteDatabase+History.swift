import Foundation
import GRDB
import QuoteModel

/// A quote's whole history: every version in full, who was asked to approve and who decided,
/// and the sale activities about its versions with their documents.
public struct QuoteHistory: Sendable, Hashable, Codable {
    /// One version with the user names its approval refers to.
    public struct VersionEntry: Sendable, Hashable, Codable {
        public let version: VersionWithAlternatives
        /// The user name of the associate asked to approve.
        public let requestedApprover: String?
        /// The user name of the associate who approved or rejected.
        public let decidedBy: String?
        /// The user name of the associate who entered the decision.
        public let registeredBy: String?

        public init(version: VersionWithAlternatives, requestedApprover: String?, decidedBy: String?, registeredBy: String?) {
            self.version = version
            self.requestedApprover = requestedApprover
            self.decidedBy = decidedBy
            self.registeredBy = registeredBy
        }
    }

    public let quote: Quote
    public let sale: Sale
    /// Oldest first; the last is the active version.
    public let versions: [VersionEntry]
    /// Oldest first.
    public let activities: [ActivityRecord]

    public init(quote: Quote, sale: Sale, versions: [VersionEntry], activities: [ActivityRecord]) {
        self.quote = quote
        self.sale = sale
        self.versions = versions
        self.activities = activities
    }
}

extension QuoteDatabase {
    /// Every version of quote `number` with its alternatives and lines, oldest first.
    public func versions(quoteNumber: String) throws(StoreError) -> [VersionWithAlternatives] {
        try read { db in try Self.versionTrees(db, quoteNumber: quoteNumber) }
    }

    /// The history of quote `number`: its versions in full with their approvals, and its
    /// activities with their documents (read just after the versions).
    public func history(quoteNumber: String) throws(StoreError) -> QuoteHistory {
        let (quote, sale, entries) = try read { db -> (Quote, Sale, [QuoteHistory.VersionEntry]) in
            let quote = try Self.quote(db, number: quoteNumber)
            let sale = try Sale.fetchOne(db, key: quote.saleId)!
            let trees = try Self.versionTrees(db, quoteNumber: quoteNumber)
            let associates = Dictionary(try Associate.fetchAll(db).compactMap { associate in associate.id.map { ($0, associate.userName) } }) { first, _ in first }
            let entries = trees.map { tree in
                QuoteHistory.VersionEntry(
                    version: tree,
                    requestedApprover: tree.version.approval.requestedApproverId.flatMap { associates[$0] },
                    decidedBy: tree.version.approval.approvedById.flatMap { associates[$0] },
                    registeredBy: tree.version.approval.registeredById.flatMap { associates[$0] })
            }
            return (quote, sale, entries)
        }
        return QuoteHistory(quote: quote, sale: sale, versions: entries, activities: try activities(quoteNumber: quoteNumber))
    }

    static func versionTrees(_ db: Database, quoteNumber: String) throws -> [VersionWithAlternatives] {
        let quote = try Self.quote(db, number: quoteNumber)
        let versions = try QuoteVersion.filter(Column("quoteId") == quote.id).order(Column("rank")).fetchAll(db)
        return try versions.map { try loadTree(db, version: $0) }
    }
}
