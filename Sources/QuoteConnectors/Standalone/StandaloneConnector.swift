import QuoteModel

/// The built-in connector every database has: quotes priced from quotedoc's own price lists.
/// It places no orders anywhere (`order` renders and archives the confirmation only) and has no
/// order state to ask.
public struct StandaloneConnector: QuoteConnector {
    public static let descriptor = ConnectorDescriptor(
        name: "standalone", displayName: "Standalone",
        summary: "quotedoc's own price lists and products; orders stay in quotedoc",
        capabilities: [.provideCost, .provideMinimumPrice, .provideStock, .providePicture, .searchProducts],
        fields: [])

    private let catalogue: (any LocalCatalogue)?

    public init(settings: ConnectionSettings, context: ConnectorContext) {
        catalogue = context.catalogue
    }

    public func test() async throws -> String {
        "the standalone connector uses this database's price lists"
    }

    public func searchProducts(matching text: String, limit: Int) async throws -> [ConnectorProduct] {
        try localCatalogue().products(matching: text, limit: limit).map(Self.connectorProduct)
    }

    public func product(code: String) async throws -> ConnectorProduct {
        guard let product = try localCatalogue().products(matching: code, limit: 1000).first(where: { $0.code == code }) else {
            throw QuoteError(.notFound, "no product has the code '\(code)'", value: code)
        }
        return Self.connectorProduct(product)
    }

    private func localCatalogue() throws -> any LocalCatalogue {
        guard let catalogue else { throw QuoteError(.notApplicable, "the standalone connector was made without the database's catalogue") }
        return catalogue
    }

    static func connectorProduct(_ product: Product) -> ConnectorProduct {
        ConnectorProduct(
            key: product.id.map(String.init) ?? "", code: product.code, name: product.name, description: product.description,
            unit: product.quantityUnit, category: product.productCategory, unitListPrice: product.unitListPrice,
            unitCost: product.unitCost, unitMinimumPrice: product.unitMinimumPrice, vatPercent: product.vatPercent,
            stock: product.stock, isActive: product.inAssortment)
    }
}
