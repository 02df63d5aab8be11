import Foundation
import QuoteModel
import QuoteStore
import StorageInterface

/// A quote as text: its header, then each alternative of the shown version with its status,
/// totals, lines and product-category groups. Used by `quote show`, `quote new` and `demo`.
enum QuoteRenderer {
    /// - Parameter fields: orders the line columns by rank and leaves hidden ones out.
    static func render(_ detail: QuoteDetail, fields: FieldConfiguration = .standard) throws(ArithmeticOverflow) -> String {
        let columns = lineColumns(fields)
        let alternatives = zip(detail.version.alternatives, try detail.figures.alternatives).map { alternative(detail, $0, $1, columns: columns) }
        return ([header(detail)] + alternatives).joined(separator: "\n\n")
    }

    static func header(_ detail: QuoteDetail) -> String {
        let version = detail.version.version
        let versionCount = detail.versions.map(\.rank).max() ?? version.rank
        var versionText = "\(version.rank) of \(versionCount), \(version.state.rawValue)"
        if detail.versions.count > 1 {
            versionText += " (" + detail.versions.map { "v\($0.rank) \($0.state.rawValue)" }.joined(separator: ", ") + ")"
        }
        let title = "Quote \(detail.quote.number): \(detail.sale.title)"
        let saved = version.revisedAt.map { ", saved \(ISO8601DateFormatter().string(from: $0))" } ?? ""
        let revisionText = "\(version.revision)\(saved)"
        return title + "\n" + fieldList([
            ("Sale", "\(detail.sale.number) (\(detail.sale.status.rawValue), \(detail.saleType.name))"),
            ("Company", "\(detail.company.name) (\(detail.company.code))"),
            ("Contact", detail.person?.fullName ?? ""),
            ("Owner", "\(detail.owner.name) (\(detail.owner.userName))"),
            ("Currency", detail.sale.currency.code),
            ("Connection", detail.quote.connectionName),
            ("Version", versionText),
            ("Revision", revisionText),
            ("Status", version.status == .ok ? "" : statusText(version.status, version.reason)),
            ("Sent", version.sentDate?.description ?? ""),
            ("Expires", version.expirationDate?.description ?? ""),
            ("Ordered", detail.quote.orderDate?.description ?? ""),
            ("ERP order", detail.quote.erpOrderKey.isEmpty ? "" : "\(detail.quote.erpOrderNumber) (\(detail.quote.erpOrderState), key \(detail.quote.erpOrderKey))"),
            ("Rounding", version.roundingPolicy.rawValue),
            ("Description", version.description),
            ("Payment terms", version.paymentTerms),
            ("Payment type", version.paymentType),
            ("Delivery terms", version.deliveryTerms),
            ("Delivery type", version.deliveryType),
            ("Delivery to", version.deliveryAddress.lines.joined(separator: "\n")),
            ("Invoice to", version.invoiceAddress.lines.joined(separator: "\n")),
        ] + version.extraFields.values.enumerated().map { ("Extra field \($0.offset + 1)", $0.element) })
    }

    /// A configurable column of the line table: the field it shows, its heading and its cell.
    struct LineColumn: Sendable {
        let field: ProductField
        let title: String
        let alignment: TextTable.Alignment
        let cell: @Sendable (QuoteLine, Currency) -> String
    }

    /// The line table's configurable columns, with their default headings.
    static let configurableColumns: [LineColumn] = [
        LineColumn(field: .code, title: "Code", alignment: .left) { line, _ in line.code },
        LineColumn(field: .name, title: "Name", alignment: .left) { line, _ in line.name },
        LineColumn(field: .quantity, title: "Quantity", alignment: .right) { line, _ in line.quantity.description },
        LineColumn(field: .unitListPrice, title: "Unit price", alignment: .right) { line, currency in line.unitListPrice.unitPrice(in: currency) },
        LineColumn(field: .discountPercent, title: "Disc %", alignment: .right) { line, _ in line.discountPercent.percentText },
        LineColumn(field: .discountAmount, title: "Discount", alignment: .right) { line, currency in line.discountAmount.amount(in: currency) },
    ]

    /// The configurable columns `fields` shows, in its rank order, headed by the English label
    /// it sets (else the default heading).
    static func lineColumns(_ fields: FieldConfiguration) -> [LineColumn] {
        configurableColumns
            .filter { fields[$0.field].isShown }
            .sorted { fields[$0.field].rank < fields[$1.field].rank }
            .map { column in
                LineColumn(field: column.field, title: fields[column.field].labels["en"] ?? column.title, alignment: column.alignment, cell: column.cell)
            }
    }

    static func alternative(_ detail: QuoteDetail, _ entry: AlternativeWithLines, _ figures: AlternativeFigures, columns: [LineColumn]) -> String {
        let currency = detail.sale.currency
        let alternative = entry.alternative
        var lines = TextTable(
            [.right("#")] + columns.map { TextTable.Column(title: $0.title, alignment: $0.alignment) } + [.right("Total"), .left("Status")])
        for line in entry.lines {
            lines.append(
                [String(line.rank)] + columns.map { $0.cell(line, currency) }
                    + [line.totalPrice.amount(in: currency), line.status == .ok ? "" : line.status.rawValue])
        }
        var groups = TextTable([.left("Category"), .right("Lines"), .right("Total"), .right("VAT")])
        for group in figures.groups {
            groups.append([
                group.groupField.isEmpty ? "(none)" : group.groupField, String(group.numLines),
                group.sumTotalPrice.amount(in: currency), group.sumVat.amount(in: currency),
            ])
        }
        var parts = [title(detail, alternative)]
        if !alternative.description.isEmpty { parts.append("  " + alternative.description) }
        if alternative.status != .ok {
            parts.append(fieldList([("Status", statusText(alternative.status, alternative.reason))], indent: "  "))
        }
        parts += [totals(alternative, figures.totalPriceIncVAT, in: currency).rendered(indent: "  "), ""]
        if entry.lines.isEmpty {
            parts.append("  (no lines)")
        } else {
            parts += [lines.rendered(indent: "  "), "", groups.rendered(indent: "  ")]
        }
        return parts.joined(separator: "\n")
    }

    /// "Alternative 2: Premium", marked when it is the favourite.
    static func title(_ detail: QuoteDetail, _ alternative: QuoteAlternative) -> String {
        let isFavourite = alternative.id != nil && alternative.id == detail.version.version.favouriteAlternativeId
        return "Alternative \(alternative.rank): \(alternative.name)" + (isFavourite ? " ★ (favourite)" : "")
    }

    /// The alternative's totals in the sale currency, with the discount and earning percentages.
    static func totals(_ alternative: QuoteAlternative, _ totalPriceIncVAT: ExactDecimal, in currency: Currency) -> TextTable {
        var totals = TextTable([.left("Totals"), .right(currency.code), .right("%")])
        totals.append(["Sub total", alternative.subTotal.amount(in: currency), ""])
        totals.append(["Discount", alternative.discountAmount.amount(in: currency), alternative.discountPercent.percentText])
        totals.append(["Total price", alternative.totalPrice.amount(in: currency), ""])
        totals.append(["VAT", alternative.vatAmount.amount(in: currency), ""])
        totals.append(["Total inc. VAT", totalPriceIncVAT.amount(in: currency), ""])
        if let earning = alternative.earningAmount {
            totals.append(["Earning", earning.amount(in: currency), alternative.earningPercent.text(\.percentText)])
        }
        return totals
    }

    /// A validation status followed by its reasons, one per line.
    static func statusText(_ status: ValidationStatus, _ reason: String) -> String {
        reason.isEmpty ? status.rawValue : status.rawValue + "\n" + reason
    }
}
