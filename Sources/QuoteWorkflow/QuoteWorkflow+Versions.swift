import Foundation
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Makes version n+1 of quote `quoteNumber` as a draft copy of version `rank` (the active one
    /// when nil), which must be sent or archived; every other version becomes archived. The copy
    /// is repriced and revalidated on `acting.today`.
    @discardableResult
    public func newVersion(quoteNumber: String, from rank: Int? = nil, acting: Acting) throws -> QuoteDetail {
        try storage.transaction { store in
            let quote = try Self.quote(store, number: quoteNumber)
            let versions = try store.versions(of: quote)
            guard let active = versions.last else { throw QuoteError(.invalid, "quote '\(quoteNumber)' has no version", quote: quoteNumber) }
            guard let source = rank.map({ wanted in versions.first { $0.rank == wanted } }) ?? active else {
                throw QuoteError(.notFound, "quote '\(quoteNumber)' has no version \(rank ?? 0) (it has 1 to \(active.rank))", value: "\(rank ?? 0)", quote: quoteNumber)
            }
            let sale = try Self.sale(store, of: quote)
            try VersionLifecycle.checkNewVersion(from: source, active: active, quote: quote, sale: sale)
            let actor = try Self.actor(store, acting, sale: sale)
            let tree = try store.tree(of: source)
            for var version in versions where version.state != .archived {
                let before = version.state
                version.archivedState = version.state
                version.state = .archived
                try store.update(version)
                try Self.recordStateChange(store, from: before, version: version, by: actor, at: acting.now, note: "version \(active.rank + 1) made")
            }
            let favouriteIndex = tree.alternatives.firstIndex { $0.alternative.id == source.favouriteAlternativeId } ?? 0
            let inserted = try store.insert(tree.draftCopy(rank: active.rank + 1), favouriteIndex: favouriteIndex)
            try Self.recordStateChange(store, from: nil, version: inserted.version, by: actor, at: acting.now, note: "copied from version \(source.rank)")
            try Self.copy(store.attachments(ofVersion: source.id!), onto: inserted.version.id!, store)
            var priced = try Self.priceAndValidate(store, inserted, sale: sale, saleType: try Self.saleType(store, of: sale), today: acting.today)
            priced.version.state = VersionLifecycle.stateAfterEdit(.draft, status: priced.version.status, changed: true)
            try store.save(priced, replacing: inserted)
            try Self.recordStateChange(store, from: .draft, version: priced.version, by: actor, at: acting.now, note: "validated")
            return try store.quoteDetail(number: quoteNumber, version: nil)
        }
    }
}
