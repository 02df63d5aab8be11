import Foundation
import GRDB
import QuoteModel

/// Everything a document of one quote version is made from, read in one transaction.
public struct DocumentSource: Sendable {
    public var detail: QuoteDetail
    public let ownCompany: OwnCompany
    /// Pictures of the products on the version's lines, by product id.
    public let images: [Int64: ProductImage]
}

extension QuoteDatabase {
    /// The quote `number` at version `rank` (the active one when nil), with our company and the
    /// pictures of its products.
    public func documentSource(quoteNumber: String, rank: Int? = nil) throws(StoreError) -> DocumentSource {
        try read { db in
            let detail = try Self.quoteDetail(db, number: quoteNumber, rank: rank)
            let productIds = Set(detail.version.alternatives.flatMap { $0.lines.compactMap(\.productId) })
            let products = try Product.filter(keys: productIds).filter(sql: "imageBytes IS NOT NULL").fetchAll(db)
            var images: [Int64: ProductImage] = [:]
            for product in products { images[product.id!] = product.image }
            return DocumentSource(detail: detail, ownCompany: try Self.ownCompany(db), images: images)
        }
    }

    /// The number of the sale quote `quoteNumber` belongs to.
    public func saleNumber(ofQuote quoteNumber: String) throws(StoreError) -> String {
        let number = try read { db in
            try String.fetchOne(db, sql: "SELECT sale.number FROM quote JOIN sale ON sale.id = quote.saleId WHERE quote.number = ?", arguments: [quoteNumber])
        }
        guard let number else { throw StoreError.notFound("quote", quoteNumber) }
        return number
    }

    /// Stores `image` as the picture of the product with id `productId` (nil removes it).
    public func setImage(_ image: ProductImage?, productId: Int64) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE product SET imageMediaType = ?, imageBytes = ? WHERE id = ?",
                arguments: [image?.mediaType, image.map { Data($0.bytes) }, productId])
            guard db.changesCount == 1 else { throw StoreError(.notFound, "no product with id \(productId)") }
        }
    }
}
