import Foundation
import GRDB
import QuoteModel

/// What an edit sees besides the version: the sale it belongs to and its sale type.
public struct EditContext: Sendable {
    public let quote: Quote
    public let sale: Sale
    public let saleType: SaleType
}

extension QuoteDatabase {
    /// Applies `change` to the active version of quote `quoteNumber`, then reprices every
    /// alternative, validates the version, saves it and sets the sale's amount to the
    /// favourite's total — all in one transaction, so a failure anywhere changes nothing.
    ///
    /// A version that is not a draft is refused: sent versions are frozen.
    @discardableResult
    public func editActiveVersion(
        quoteNumber: String, today: LocalDate,
        _ change: (inout VersionWithAlternatives, EditContext) throws -> Void
    ) throws -> QuoteDetail {
        try write { db in
            guard let quote = try Quote.filter(Column("number") == quoteNumber).fetchOne(db) else {
                throw StoreError.notFound("quote", quoteNumber)
            }
            guard let version = try QuoteVersion.filter(Column("quoteId") == quote.id).order(Column("rank").desc).fetchOne(db) else {
                throw StoreError(.invalid, "quote '\(quoteNumber)' has no version")
            }
            guard version.state.isEditable else {
                throw StoreError(.invalid, "version \(version.rank) of quote \(quoteNumber) is \(version.state.rawValue) and cannot be edited; create a new version with `quotedoc version new \(quoteNumber)`")
            }
            let sale = try Sale.fetchOne(db, key: quote.saleId)!
            let saleType = try SaleType.fetchOne(db, key: sale.saleTypeId)!
            let original = try Self.loadTree(db, version: version)
            var tree = original
            try change(&tree, EditContext(quote: quote, sale: sale, saleType: saleType))
            var priced = try Self.priceAndValidate(db, tree, sale: sale, saleType: saleType, today: today)
            var unchanged = priced
            unchanged.version.state = original.version.state
            priced.version.state = VersionLifecycle.stateAfterEdit(
                original.version.state, status: priced.version.status, changed: unchanged != original)
            try Self.save(db, priced, replacing: original)
            var updatedSale = sale
            updatedSale.amount = priced.favourite?.alternative.totalPrice ?? .zero
            try updatedSale.update(db, columns: ["amount"])
        }
        return try quote(number: quoteNumber)
    }

    /// Reprices and validates the active version without changing anything else.
    @discardableResult
    public func recalculate(quoteNumber: String, today: LocalDate) throws -> QuoteDetail {
        try editActiveVersion(quoteNumber: quoteNumber, today: today) { _, _ in }
    }

    /// The tree with every alternative priced by the version's rounding policy in the sale's
    /// currency, and validated against the products, price lists and sale type.
    static func priceAndValidate(_ db: Database, _ tree: VersionWithAlternatives, sale: Sale, saleType: SaleType, today: LocalDate) throws -> VersionWithAlternatives {
        let calculator = PriceCalculator(currency: sale.currency, policy: tree.version.roundingPolicy)
        var priced = tree
        for index in priced.alternatives.indices {
            priced.alternatives[index] = try calculator.price(priced.alternatives[index]).alternative
        }
        let productIds = Set(priced.alternatives.flatMap { $0.lines.compactMap(\.productId) })
        let products = try Product.fetchAll(db, keys: productIds)
        let priceLists = try PriceList.fetchAll(db, keys: Set(products.map(\.priceListId)))
        let context = ValidationContext(
            saleCurrency: sale.currency, saleType: saleType, today: today,
            products: Dictionary(uniqueKeysWithValues: products.map { ($0.id!, $0) }),
            priceLists: Dictionary(uniqueKeysWithValues: priceLists.map { ($0.id!, $0) }))
        return try QuoteValidator(context: context).validated(priced)
    }

    /// Writes an edited tree over the version it was loaded from: new alternatives and lines are
    /// inserted, changed ones updated, missing ones deleted, ranks renumbered from 1. Records
    /// that did not change are not written.
    static func save(_ db: Database, _ tree: VersionWithAlternatives, replacing original: VersionWithAlternatives) throws {
        var tree = tree
        let versionId = original.version.id!
        let originalAlternatives = Dictionary(uniqueKeysWithValues: original.alternatives.map { ($0.alternative.id!, $0.alternative) })
        let originalLines = Dictionary(uniqueKeysWithValues: original.alternatives.flatMap(\.lines).map { ($0.id!, $0) })
        for index in tree.alternatives.indices {
            tree.alternatives[index].alternative.versionId = versionId
            tree.alternatives[index].alternative.rank = index + 1
            let alternative = tree.alternatives[index].alternative
            if alternative.id == nil || originalAlternatives[alternative.id!] != alternative {
                try tree.alternatives[index].alternative.save(db)
            }
            let alternativeId = tree.alternatives[index].alternative.id!
            for lineIndex in tree.alternatives[index].lines.indices {
                tree.alternatives[index].lines[lineIndex].alternativeId = alternativeId
                tree.alternatives[index].lines[lineIndex].rank = lineIndex + 1
                let line = tree.alternatives[index].lines[lineIndex]
                if line.id == nil || originalLines[line.id!] != line {
                    try tree.alternatives[index].lines[lineIndex].save(db)
                }
            }
        }
        let keptAlternatives = tree.alternatives.compactMap(\.alternative.id)
        if !keptAlternatives.contains(where: { $0 == tree.version.favouriteAlternativeId }) {
            tree.version.favouriteAlternativeId = keptAlternatives.first
        }
        if tree.version != original.version { try tree.version.update(db) }
        let keptLines = Set(tree.alternatives.flatMap { $0.lines.compactMap(\.id) })
        let removedLines = originalLines.keys.filter { !keptLines.contains($0) }
        if !removedLines.isEmpty { try QuoteLine.deleteAll(db, keys: removedLines) }
        let removedAlternatives = originalAlternatives.keys.filter { !keptAlternatives.contains($0) }
        if !removedAlternatives.isEmpty { try QuoteAlternative.deleteAll(db, keys: removedAlternatives) }
    }
}
