import Foundation
import QuoteModel

/// Everything a document of one quote version is made from, read in one transaction.
public struct DocumentSource: Sendable {
    public var detail: QuoteDetail
    public let ownCompany: OwnCompany
    /// Pictures of the products on the version's lines, by product id.
    public let images: [Int64: ProductImage]

    public init(detail: QuoteDetail, ownCompany: OwnCompany, images: [Int64: ProductImage]) {
        self.detail = detail
        self.ownCompany = ownCompany
        self.images = images
    }
}
