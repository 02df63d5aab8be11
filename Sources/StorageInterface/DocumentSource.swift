import Foundation
import QuoteModel

/// Everything a document of one quote version is made from, read in one transaction.
public struct DocumentSource: Sendable {
    public var detail: QuoteDetail
    public let ownCompany: OwnCompany
    /// Pictures of the products on the version's lines, by product id.
    public let images: [Int64: ProductImage]
    /// The current stock of the products on the version's lines that track it, by product id.
    public let stock: [Int64: ExactDecimal]
    /// The field configuration: a hidden field merges as blank.
    public let fields: FieldConfiguration
    /// The settings, for the default culture.
    public let settings: QuoteSettings

    public init(
        detail: QuoteDetail, ownCompany: OwnCompany, images: [Int64: ProductImage], stock: [Int64: ExactDecimal] = [:],
        fields: FieldConfiguration = .standard, settings: QuoteSettings = QuoteSettings()
    ) {
        self.detail = detail
        self.ownCompany = ownCompany
        self.images = images
        self.stock = stock
        self.fields = fields
        self.settings = settings
    }

    /// The culture of the document: `requested`, else the sale type's default, else the
    /// settings' default, else en-US.
    public func culture(requested: String?) -> String {
        settings.culture(requested: requested, saleType: detail.saleType)
    }
}
