import Foundation
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Changes the details of the active version of quote `quoteNumber` (terms, addresses,
    /// description, rounding policy, extra fields) as one edit: only a draft changes; the version
    /// is repriced (a new rounding policy changes its totals) and revalidated, the sale's amount
    /// follows, and an approval lapses as with any other change. Returns the quote as saved and
    /// the details that changed.
    public func setDetails(quoteNumber: String, _ change: VersionDetailsChange, acting: Acting) throws -> (detail: QuoteDetail, changes: [VersionDetailChange]) {
        guard !change.isEmpty else { throw QuoteError(.invalid, "nothing to change: name at least one detail of the version", quote: quoteNumber) }
        let (detail, changes) = try edit(quoteNumber: quoteNumber, acting: acting, note: "details changed", saving: true) { tree, context, store in
            guard let company = try store.company(id: context.sale.companyId) else {
                throw QuoteError(.notFound, "sale \(context.sale.number) has no company", value: context.sale.number)
            }
            return try tree.version.apply(change, customerAddress: company.address)
        }
        return (detail, changes)
    }
}
