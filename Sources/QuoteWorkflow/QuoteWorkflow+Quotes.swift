import Foundation
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Creates the quote of an open sale: version 1 as a draft, with one empty alternative that
    /// is the favourite, and the company's address as delivery and invoice address. A sale has at
    /// most one quote; its number is the sale's unless `quoteNumber` is given. The quote is made
    /// on ERP connection `connectionName`, which must exist and not be removed.
    public func createQuote(
        saleNumber: String, quoteNumber: String? = nil, alternativeName: String = "Standard", connectionName: String = ERPConnection.standaloneName,
        acting: Acting
    ) throws -> QuoteDetail {
        try storage.transaction { store in
            guard let sale = try store.sale(number: saleNumber) else { throw QuoteError.notFound("sale", saleNumber) }
            try VersionLifecycle.checkQuotable(sale)
            let number = quoteNumber ?? sale.number
            if let existing = try store.quote(number: number) {
                throw QuoteError(.duplicate, existing.saleId == sale.id
                    ? "sale \(saleNumber) has quote \(existing.number) already; a sale has at most one quote"
                    : "quote number \(number) is taken", value: number)
            }
            guard let company = try store.company(id: sale.companyId) else { throw QuoteError(.notFound, "sale \(saleNumber) has no company", value: saleNumber) }
            let connection = try Self.connection(store, named: connectionName)
            guard !connection.isDeleted else {
                throw QuoteError(.notAllowed, "connection '\(connection.name)' was removed: no new quote can use it (`connection restore \(connection.name)` brings it back)", value: connection.name, remedy: nil)
            }
            let actor = try Self.actor(store, acting, sale: sale)
            let quote = try store.insert(Quote(saleId: sale.id!, number: number, connectionName: connection.name))
            let version = QuoteVersion(quoteId: quote.id!, deliveryAddress: company.address, invoiceAddress: company.address)
            let alternative = QuoteAlternative(versionId: 0, name: alternativeName)
            let tree = try store.insert(VersionWithAlternatives(version: version, alternatives: [AlternativeWithLines(alternative: alternative, lines: [])]), favouriteIndex: 0)
            try Self.recordStateChange(store, from: nil, version: tree.version, by: actor, at: acting.now, note: "quote created")
            for attachment in try store.attachments(ofSaleType: sale.saleTypeId) { _ = try store.insert(attachment.copy(onto: tree.version.id!)) }
            return try store.quoteDetail(number: number, version: nil)
        }
    }

    /// Every quote with its active version's state and favourite total; only those in `state`
    /// when given.
    public func quotes(state: VersionState? = nil) throws -> [QuoteSummary] {
        try storage.snapshot { store in try store.quoteSummaries(state: state) }
    }

    /// The quote `number` at version `rank` (the active one when nil).
    public func quote(number: String, version: Int? = nil) throws -> QuoteDetail {
        try storage.snapshot { store in try store.quoteDetail(number: number, version: version) }
    }
}
