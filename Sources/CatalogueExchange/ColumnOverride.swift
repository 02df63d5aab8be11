import Foundation
import QuoteModel

/// One `COLUMN=field` of an import: the file's column `column` gives product field `field`
/// (nil: the column is ignored), whatever its header would otherwise match.
public struct ColumnOverride: Sendable, Hashable {
    /// The header text, matched as headers are (case, accents and punctuation aside).
    public var column: String
    public var field: ProductField?

    public init(column: String, field: ProductField?) {
        self.column = column
        self.field = field
    }

    /// Reads `COLUMN=field`: the field by its command name (`list-price`) or document key
    /// (`unitListPrice`), or `ignore`; the last `=` separates, so a header may contain `=`.
    public init(_ text: String) throws {
        guard let separator = text.lastIndex(of: "="), separator != text.startIndex else {
            throw QuoteError(.invalid, "'\(text)' is not COLUMN=field", value: text)
        }
        let name = text[text.index(after: separator)...].trimmingCharacters(in: .whitespaces)
        column = String(text[..<separator])
        if name.lowercased() == "ignore" {
            field = nil
            return
        }
        guard let field = ProductField(name: name), ProductField.exchanged.contains(field) else {
            throw QuoteError(
                .invalid,
                "'\(name)' is not a product field an import can set; the fields are \(ProductField.exchanged.map(\.name).joined(separator: ", ")) (or ignore)",
                value: name)
        }
        self.field = field
    }
}
