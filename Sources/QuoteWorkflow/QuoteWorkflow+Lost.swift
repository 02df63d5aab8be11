import Foundation
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Marks the active version and the sale lost, with an activity giving the reason.
    public func markLost(quoteNumber: String, reason: String, acting: Acting) throws -> ActivityRecord {
        try storage.transaction { store in
            let quote = try Self.quote(store, number: quoteNumber)
            var version = try Self.activeVersion(store, of: quote)
            try VersionLifecycle.checkLost(version, quoteNumber: quoteNumber)
            var sale = try Self.sale(store, of: quote)
            let actor = try Self.actor(store, acting, sale: sale)
            let before = version.state
            version.state = .lost
            try store.update(version)
            try Self.recordStateChange(store, from: before, version: version, by: actor, at: acting.now, note: reason)
            sale.status = .lost
            try store.update(sale)
            let activity = try store.append(
                SaleActivity(kind: .saleLost, saleId: sale.id!, quoteVersionId: version.id, associateId: actor.id!, date: acting.now, text: reason),
                documents: [], versionId: version.id, now: acting.now)
            return try Self.activityRecord(store, id: activity.id!)
        }
    }
}
