import QuoteModel

/// A price list's products as a spreadsheet: one column per field of ``ProductField/exchanged``
/// under its English label, one row per product; amounts in plain exact notation, yes/no fields
/// as booleans, empty cells for what a product does not have. Importing it back into the same
/// list changes nothing.
public enum ProductExport {
    public static func sheet(_ products: [Product]) -> Spreadsheet {
        let fields = ProductField.exchanged
        return Spreadsheet(
            headers: fields.map(\.englishLabel),
            rows: products.enumerated().map { index, product in
                SpreadsheetRow(number: index + 2, cells: fields.map { $0.cell(of: product) })
            })
    }
}
