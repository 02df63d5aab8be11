import Foundation
import GRDB
import QuoteModel
import StorageInterface


extension QuoteDatabase {
    /// The quote `quoteNumber` at `version` (the active one when nil), with our company, the
    /// pictures and stock of its products and the field configuration.
    public func documentSource(quoteNumber: String, version: Int? = nil) throws(QuoteError) -> DocumentSource {
        try read { db in try Self.documentSource(db, quoteNumber: quoteNumber, version: version) }
    }

    static func documentSource(_ db: Database, quoteNumber: String, version: Int?) throws -> DocumentSource {
        let detail = try quoteDetail(db, number: quoteNumber, version: version)
        let productIds = Set(detail.version.alternatives.flatMap { $0.lines.compactMap(\.productId) })
        let products = try Product.filter(keys: productIds).filter(sql: "imageBytes IS NOT NULL").fetchAll(db)
        var images: [Int64: ProductImage] = [:]
        for product in products { images[product.id!] = product.image }
        let fields = try fieldConfiguration(db)
        return DocumentSource(
            detail: detail, ownCompany: try ownCompany(db), images: images,
            stock: fields[.stock].isShown ? try stock(db, productIds: productIds) : [:], fields: fields, settings: try settings(db))
    }

    /// The stock of the products with `productIds` that track it, by product id.
    static func stock(_ db: Database, productIds: Set<Int64>) throws -> [Int64: ExactDecimal] {
        guard !productIds.isEmpty else { return [:] }
        var stock: [Int64: ExactDecimal] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT id, stock FROM product WHERE id IN (SELECT value FROM json_each(?)) AND stock IS NOT NULL",
            arguments: [jsonArray(productIds.sorted())])
        while let row = try rows.next() {
            if let amount = ExactDecimal.fromDatabaseValue(row[1]) { stock[row[0]] = amount }
        }
        return stock
    }

    /// The number of the sale quote `quoteNumber` belongs to.
    public func saleNumber(ofQuote quoteNumber: String) throws(QuoteError) -> String {
        let number = try read { db in
            try String.fetchOne(db, sql: "SELECT sale.number FROM quote JOIN sale ON sale.id = quote.saleId WHERE quote.number = ?", arguments: [quoteNumber])
        }
        guard let number else { throw QuoteError.notFound("quote", quoteNumber) }
        return number
    }
}
