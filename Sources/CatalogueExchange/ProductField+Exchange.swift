import QuoteModel

extension ProductField {
    /// The product fields a spreadsheet of products carries, in the order an export writes them:
    /// every field of a product except its image (pictures are set one by one, checked by content).
    public static let exchanged: [ProductField] = allCases.filter { $0.scope != .line && $0 != .image }

    /// How a field's cells are read and written.
    enum ExchangeKind {
        case text
        /// An exact decimal; `optional` when a product may have none (an empty cell clears it).
        case amount(optional: Bool)
        case flag
    }

    var exchangeKind: ExchangeKind {
        switch self {
        case .vatPercent, .unitListPrice: .amount(optional: false)
        case .unitCost, .unitMinimumPrice, .stock, .subscriptionQuantity: .amount(optional: true)
        case .inAssortment, .isSubscription: .flag
        default: .text
        }
    }

    /// The cell an export writes for this field of `product`.
    func cell(of product: Product) -> SpreadsheetCell {
        switch self {
        case .vatPercent: .number(product.vatPercent)
        case .unitListPrice: .number(product.unitListPrice)
        case .unitCost: product.unitCost.map(SpreadsheetCell.number) ?? .empty
        case .unitMinimumPrice: product.unitMinimumPrice.map(SpreadsheetCell.number) ?? .empty
        case .stock: product.stock.map(SpreadsheetCell.number) ?? .empty
        case .subscriptionQuantity: product.defaultSubscriptionQuantity.map(SpreadsheetCell.number) ?? .empty
        case .inAssortment: .boolean(product.inAssortment)
        case .isSubscription: .boolean(product.isSubscription)
        default:
            text(of: product).map { $0.isEmpty ? SpreadsheetCell.empty : .text($0) } ?? .empty
        }
    }

    /// The value of a text field of `product`; nil for the fields that are not text.
    func text(of product: Product) -> String? {
        switch self {
        case .code: product.code
        case .name: product.name
        case .description: product.description
        case .quantityUnit: product.quantityUnit
        case .priceUnit: product.priceUnit
        case .itemNumber: product.itemNumber
        case .url: product.url
        case .productCategory: product.productCategory
        case .productFamily: product.productFamily
        case .productType: product.productType
        case .supplier: product.supplier
        case .supplierCode: product.supplierCode
        case .vatInfo: product.vatInfo
        case .subscriptionUnit: product.subscriptionUnit
        default: extraFieldNumber.map { product.extraFields[$0] }
        }
    }

    /// Sets this field of `product` to `value` (of the field's kind).
    func set(_ value: ProductFieldValue, on product: inout Product) {
        switch (self, value) {
        case (.vatPercent, .amount(let amount?)): product.vatPercent = amount
        case (.unitListPrice, .amount(let amount?)): product.unitListPrice = amount
        case (.unitCost, .amount(let amount)): product.unitCost = amount
        case (.unitMinimumPrice, .amount(let amount)): product.unitMinimumPrice = amount
        case (.stock, .amount(let amount)): product.stock = amount
        case (.subscriptionQuantity, .amount(let amount)): product.defaultSubscriptionQuantity = amount
        case (.inAssortment, .flag(let flag)): product.inAssortment = flag
        case (.isSubscription, .flag(let flag)): product.isSubscription = flag
        case (.code, .text(let text)): product.code = text
        case (.name, .text(let text)): product.name = text
        case (.description, .text(let text)): product.description = text
        case (.quantityUnit, .text(let text)): product.quantityUnit = text
        case (.priceUnit, .text(let text)): product.priceUnit = text
        case (.itemNumber, .text(let text)): product.itemNumber = text
        case (.url, .text(let text)): product.url = text
        case (.productCategory, .text(let text)): product.productCategory = text
        case (.productFamily, .text(let text)): product.productFamily = text
        case (.productType, .text(let text)): product.productType = text
        case (.supplier, .text(let text)): product.supplier = text
        case (.supplierCode, .text(let text)): product.supplierCode = text
        case (.vatInfo, .text(let text)): product.vatInfo = text
        case (.subscriptionUnit, .text(let text)): product.subscriptionUnit = text
        case (_, .text(let text)) where extraFieldNumber != nil: product.extraFields[extraFieldNumber!] = text
        default:
            preconditionFailure("field \(rawValue) cannot take \(value)")
        }
    }
}

/// A value read from a cell for one field, of the field's kind.
enum ProductFieldValue: Hashable {
    case text(String)
    case amount(ExactDecimal?)
    case flag(Bool)
}
