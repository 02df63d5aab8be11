import CatalogueExchange
import Foundation
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Imports the products of a CSV or XLSX file into a price list (``ProductImportPlanner``
    /// states the rules). A dry run only reports; otherwise every good row is written in one
    /// transaction (all of them or, on any failure, none), and a strict import with any problem
    /// writes nothing and reports `refused`. A file that cannot be read or whose columns cannot
    /// be matched is an error naming the file.
    public func importProducts(file path: String, options: ProductImportOptions, dryRun: Bool) throws -> ProductImportReport {
        let sheet = try Self.readSheet(path)
        let columns: ProductColumns
        do {
            columns = try ProductColumns(headers: sheet.headers, overrides: options.overrides, key: options.key)
        } catch let error as QuoteError {
            throw QuoteError(error.code, "\(path): \(error.message)", value: error.value)
        }
        let planner = ProductImportPlanner(key: options.key, culture: options.culture)
        func plan(_ store: any StorageReader) throws -> (PriceList, ProductImportPlan) {
            let list = try Self.priceList(store, named: options.priceListName)
            try CatalogueRules.checkEditable(list)
            return (list, planner.plan(sheet, columns: columns, existing: try store.products(inPriceList: list.id!), priceListId: list.id!))
        }
        if dryRun {
            return try storage.snapshot { store in
                let (list, plan) = try plan(store)
                return ProductImportReport(file: path, priceList: list.name, outcome: .dryRun, plan: plan)
            }
        }
        return try storage.transaction { store in
            let (list, plan) = try plan(store)
            if options.strict, !plan.isClean {
                return ProductImportReport(file: path, priceList: list.name, outcome: .refused, plan: plan)
            }
            for addition in plan.additions {
                _ = try Self.insertProduct(store, addition.product)
            }
            for update in plan.updates {
                try store.update(update.after)
            }
            return ProductImportReport(file: path, priceList: list.name, outcome: .applied, plan: plan)
        }
    }

    /// The products of price list `name` as a spreadsheet file in `format`: English-label
    /// headers, exact amounts; importing it back changes nothing.
    public func exportPriceList(named name: String, format: SpreadsheetFormat) throws -> Data {
        let products = try storage.snapshot { store in try store.products(inPriceList: Self.priceList(store, named: name).id!) }
        return try format.write(ProductExport.sheet(products))
    }

    /// The first sheet of the CSV or XLSX file at `path`; an unreadable file or content is an
    /// error naming the file.
    private static func readSheet(_ path: String) throws -> Spreadsheet {
        let bytes: Data
        do {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "it cannot be read" : "there is no such file"
            throw QuoteError(.notFound, "cannot import '\(path)': \(reason)", value: path)
        }
        let format = SpreadsheetFormat(fileName: path, bytes: bytes)
        do {
            return try format.read(bytes)
        } catch let error as QuoteError {
            throw QuoteError(error.code, "cannot import '\(path)' as \(format.rawValue.uppercased()): \(error.message)", value: path)
        }
    }
}
