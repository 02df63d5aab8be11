import Foundation
import QuoteModel

/// Asks at the terminal for the mandatory fields a new product lacks, for `product add`: one
/// question per field, in rank order, repeated until the answer is a value of the field's kind.
/// An empty answer or the end of input leaves the field missing (the add is then refused).
enum MandatoryFieldPrompt {
    /// True when stdin and stderr are a terminal, so someone can answer.
    static var canAsk: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 }

    /// Fills in `fields` of `product` from the answers.
    static func ask(_ fields: [ProductField], configuration: FieldConfiguration, for product: inout Product) {
        for field in fields {
            while true {
                FileHandle.standardError.write(Data("\(configuration[field].label(language: "en")) (\(field.name), mandatory): ".utf8))
                guard let answer = readLine()?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else { break }
                do {
                    try set(answer, field, of: &product)
                    break
                } catch {
                    FileHandle.standardError.write(Data("\(error)\n".utf8))
                }
            }
        }
    }

    /// Sets `field` of `product` from `text`: a decimal for the numbers, a file for the image.
    static func set(_ text: String, _ field: ProductField, of product: inout Product) throws {
        func decimal() throws -> ExactDecimal {
            guard let value = ExactDecimal(text), value >= .zero else { throw CommandFailure("'\(text)' is not a decimal of 0 or more, e.g. 9.80") }
            return value
        }
        if let number = field.extraFieldNumber { product.extraFields[number] = text; return }
        switch field {
        case .description: product.description = text
        case .quantityUnit: product.quantityUnit = text
        case .priceUnit: product.priceUnit = text
        case .itemNumber: product.itemNumber = text
        case .url: product.url = text
        case .productCategory: product.productCategory = text
        case .productFamily: product.productFamily = text
        case .productType: product.productType = text
        case .supplier: product.supplier = text
        case .supplierCode: product.supplierCode = text
        case .vatInfo: product.vatInfo = text
        case .subscriptionUnit: product.subscriptionUnit = text
        case .unitCost: product.unitCost = try decimal()
        case .unitMinimumPrice: product.unitMinimumPrice = try decimal()
        case .stock: product.stock = try decimal()
        case .subscriptionQuantity: product.defaultSubscriptionQuantity = try decimal()
        case .image: product.image = try ProductImageFile.read(text)
        default: throw CommandFailure("\(field.name) is given with its own option")
        }
    }
}
