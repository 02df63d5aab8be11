import Foundation
import QuoteModel

/// Which column of a spreadsheet gives which product field. Headers are matched by name,
/// ignoring case, accents and punctuation (`Listpris`, `LIST PRICE`, `list-price`), against each
/// field's English and Swedish labels, its command and document names and common aliases
/// (`Product code`, `Article number`, `SKU`, `Price`, `Moms`, `Kostnad`…); overrides come first.
public struct ProductColumns: Sendable, Hashable {
    /// The field of each imported column, by column index.
    public let fields: [Int: ProductField]
    /// The headers of the columns left out: matching no product field, a quote line's field, or
    /// ignored by an override (an empty header is named by its column, `column 4`).
    public let ignored: [String]
    /// The header of a column that names pictures, which an import cannot set.
    public let imageColumn: String?
    /// The header texts, by column index.
    public let headers: [String]

    /// Matches `headers` to fields, `overrides` first. A header mapped to a field another header
    /// gives as well, an override naming no column, or one column overridden twice is an error,
    /// as is a file without a code column (or without a name column when rows are keyed by name).
    public init(headers: [String], overrides: [ColumnOverride] = [], key: ImportKey = .code) throws {
        self.headers = headers
        let normalizedHeaders = headers.map(Self.normalized)
        var chosen: [Int: ProductField?] = [:]
        for override in overrides {
            let wanted = Self.normalized(override.column)
            guard let index = normalizedHeaders.indices.first(where: { headers[$0] == override.column || (!wanted.isEmpty && normalizedHeaders[$0] == wanted) }) else {
                throw QuoteError(.notFound, "the file has no column '\(override.column)'; its columns are \(Self.list(headers))", value: override.column)
            }
            guard chosen[index] == nil else {
                throw QuoteError(.invalid, "column '\(headers[index])' is mapped twice", value: headers[index])
            }
            chosen[index] = .some(override.field)
        }
        var fields: [Int: ProductField] = [:]
        var ignored: [String] = []
        var imageColumn: String?
        for (index, header) in headers.enumerated() {
            let field = chosen[index] ?? Self.field(forHeader: header)
            guard let field else {
                ignored.append(header.isEmpty ? "column \(index + 1)" : header)
                continue
            }
            if field == .image {
                imageColumn = header
            } else if ProductField.exchanged.contains(field) {
                if let other = fields.first(where: { $0.value == field }) {
                    let (first, second) = (min(other.key, index), max(other.key, index))
                    throw QuoteError(
                        .invalid, "columns '\(headers[first])' and '\(headers[second])' both give the product's \(field.englishLabel.lowercased()); map one of them to another field or ignore it",
                        value: headers[second])
                }
                fields[index] = field
            } else {
                ignored.append(header)
            }
        }
        self.fields = fields
        self.ignored = ignored
        self.imageColumn = imageColumn
        let required: [ProductField] = key == .code ? [.code] : [.code, .name]
        for field in required where !fields.values.contains(field) {
            throw QuoteError(
                .invalid, "the file has no column for the product's \(field.englishLabel.lowercased()) (a header such as '\(field.englishLabel)'); its columns are \(Self.list(headers))",
                value: field.name)
        }
    }

    /// The column giving `field`, nil when none does.
    public func column(of field: ProductField) -> Int? {
        fields.first { $0.value == field }?.key
    }

    /// The header of column `index`, or `column N` when it has none.
    func header(_ index: Int) -> String {
        index < headers.count && !headers[index].isEmpty ? headers[index] : "column \(index + 1)"
    }

    /// The field a header names; nil when it names none. Quote-line fields (`Quantity`) and the
    /// image are found too, so that they can be reported.
    public static func field(forHeader header: String) -> ProductField? {
        names[normalized(header)]
    }

    /// `text` folded for matching: lowercase, without accents, words separated by single spaces
    /// and punctuation left out (`VAT %` → `vat`, `list-price` → `list price`).
    public static func normalized(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .joined(separator: " ")
    }

    private static func list(_ headers: [String]) -> String {
        headers.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// Other names spreadsheets give fields, beside labels and command names.
    static let aliases: [ProductField: [String]] = [
        .code: ["product code", "product no", "product number", "article number", "article no", "art no", "item code", "sku",
                "produktkod", "produktnummer", "produktnr", "artikelkod", "artnr", "art nr"],
        .name: ["product name", "product", "title", "produktnamn", "produkt", "artikelnamn", "benamning"],
        .description: ["long description", "produktbeskrivning"],
        .quantityUnit: ["quantity unit", "uom", "unit of measure", "mangdenhet"],
        .priceUnit: ["price per"],
        .itemNumber: ["position number"],
        .productCategory: ["product category", "product group", "group", "produktkategori", "produktgrupp", "varugrupp"],
        .productFamily: ["product family", "produktfamilj"],
        .productType: ["product type", "produkttyp"],
        .supplier: ["vendor", "lev"],
        .supplierCode: ["supplier article number", "supplier sku", "vendor code", "leverantorens artikelnummer", "lev art nr"],
        .vatPercent: ["vat rate", "vat percent", "vat percentage", "tax", "tax rate", "moms", "momssats", "mva", "mwst"],
        .vatInfo: ["vat text", "momstext"],
        .unitCost: ["unit cost", "cost price", "purchase price", "inkopspris", "kostpris", "sjalvkostnad"],
        .unitMinimumPrice: ["min price", "minimum unit price", "lowest price", "floor price", "lagsta pris", "minpris"],
        .unitListPrice: ["price", "unit price", "sales price", "selling price", "pris", "a pris", "forsaljningspris", "styckpris"],
        .inAssortment: ["active", "available", "aktiv", "sortiment"],
        .stock: ["stock", "quantity in stock", "on hand", "lager", "lagersaldo"],
        .isSubscription: ["is subscription"],
        .subscriptionQuantity: ["default subscription quantity"],
        .image: ["picture", "photo", "image file"],
    ]

    /// Every name of every field, normalized. Labels, command names and document keys come
    /// first, so no alias can take a label's place.
    static let names: [String: ProductField] = {
        var names: [String: ProductField] = [:]
        for field in ProductField.allCases {
            for name in [field.englishLabel, field.swedishLabel, field.name, field.rawValue] {
                names[normalized(name)] = names[normalized(name)] ?? field
            }
        }
        for (field, aliases) in aliases {
            for alias in aliases {
                names[normalized(alias)] = names[normalized(alias)] ?? field
            }
        }
        return names
    }()
}
