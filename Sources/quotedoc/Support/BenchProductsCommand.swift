import ArgumentParser
import CatalogueExchange
import Foundation
import QuoteModel

/// `quotedoc bench products`: a deterministic spreadsheet of N products for the import benchmark,
/// written by the export's own writer.
struct BenchProductsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "products",
        abstract: "Write a CSV or XLSX file of N synthetic products (every exported field) for the import benchmark.")

    @Option(help: "How many products.")
    var rows: Int

    @Option(help: "The file format.")
    var format: SpreadsheetFormat

    @Option(help: ArgumentHelp("The file to create (must not exist).", valueName: "file"))
    var out: String

    func validate() throws {
        if rows < 1 { throw ValidationError("--rows is at least 1") }
    }

    func run() throws {
        let categories = ["Hardware", "Software", "Services", "Spare parts", "Consumables"]
        let vatRates: [ExactDecimal] = [25, 12, 6, 0]
        let products = (1...rows).map { number in
            let cents = Int128(number % 100_000) * 7 + 99
            return Product(
                priceListId: 0, code: String(format: "P%07d", number), name: "Product \(number)",
                description: "Synthetic product \(number), \(categories[number % categories.count].lowercased())",
                quantityUnit: "pcs", priceUnit: "pcs", itemNumber: "\(number % 10).\(number % 7)", productCategory: categories[number % categories.count],
                supplier: "Supplier \(number % 50)", supplierCode: "S-\(number)", vatPercent: vatRates[number % vatRates.count],
                unitCost: ExactDecimal(significand: cents * 6 / 10, scale: 2), unitListPrice: ExactDecimal(significand: cents, scale: 2),
                stock: ExactDecimal(number % 500))
        }
        let bytes = try format.write(ProductExport.sheet(products))
        try ExportFile.write(bytes, to: out, replacing: false)
        print("Wrote \(rows) products to \(out) (\(bytes.count) bytes).")
    }
}
