import QuoteModel
import QuoteStore

/// A quote as text: its header, then each alternative of the shown version with its totals and
/// lines. Used by `quote show`, `quote new` and `demo`.
enum QuoteRenderer {
    static func render(_ detail: QuoteDetail) -> String {
        ([header(detail)] + detail.version.alternatives.map { alternative(detail, $0) }).joined(separator: "\n\n")
    }

    static func header(_ detail: QuoteDetail) -> String {
        let version = detail.version.version
        let versionCount = detail.versions.map(\.rank).max() ?? version.rank
        var versionText = "\(version.rank) of \(versionCount), \(version.state.rawValue)"
        if detail.versions.count > 1 {
            versionText += " (" + detail.versions.map { "v\($0.rank) \($0.state.rawValue)" }.joined(separator: ", ") + ")"
        }
        let title = "Quote \(detail.quote.number): \(detail.sale.title)"
        return title + "\n" + fieldList([
            ("Sale", "\(detail.sale.number) (\(detail.sale.status.rawValue), \(detail.saleType.name))"),
            ("Company", "\(detail.company.name) (\(detail.company.code))"),
            ("Contact", detail.person?.fullName ?? ""),
            ("Owner", "\(detail.owner.name) (\(detail.owner.userName))"),
            ("Currency", detail.sale.currency.code),
            ("Version", versionText),
            ("Status", version.status == .ok ? "" : version.status.rawValue + (version.reason.isEmpty ? "" : ": " + version.reason)),
            ("Sent", version.sentDate?.description ?? ""),
            ("Expires", version.expirationDate?.description ?? ""),
            ("Ordered", detail.quote.orderDate?.description ?? ""),
            ("Rounding", version.roundingPolicy.rawValue),
            ("Delivery to", version.deliveryAddress.lines.joined(separator: "\n")),
        ])
    }

    static func alternative(_ detail: QuoteDetail, _ entry: AlternativeWithLines) -> String {
        let currency = detail.sale.currency
        let alternative = entry.alternative
        let isFavourite = alternative.id != nil && alternative.id == detail.version.version.favouriteAlternativeId
        let title = "Alternative \(alternative.rank): \(alternative.name)" + (isFavourite ? " ★ (favourite)" : "")
        var totals = TextTable([.left("Totals"), .right(currency.code), .right("%")])
        totals.append(["Sub total", alternative.subTotal.amount(in: currency), ""])
        totals.append(["Discount", alternative.discountAmount.amount(in: currency), alternative.discountPercent.percentText])
        totals.append(["Total price", alternative.totalPrice.amount(in: currency), ""])
        totals.append(["VAT", alternative.vatAmount.amount(in: currency), ""])
        totals.append(["Total inc. VAT", alternative.totalPriceIncVAT.amount(in: currency), ""])
        if let earning = alternative.earningAmount {
            totals.append(["Earning", earning.amount(in: currency), alternative.earningPercent.text(\.percentText)])
        }
        var lines = TextTable([
            .right("#"), .left("Code"), .left("Name"), .right("Quantity"), .right("Unit price"),
            .right("Disc %"), .right("Discount"), .right("Total"),
        ])
        for line in entry.lines {
            lines.append([
                String(line.rank), line.code, line.name, line.quantity.description,
                line.unitListPrice.unitPrice(in: currency), line.discountPercent.percentText,
                line.discountAmount.amount(in: currency), line.totalPrice.amount(in: currency),
            ])
        }
        let description = alternative.description.isEmpty ? [] : ["  " + alternative.description]
        return ([title] + description + [
            totals.rendered(indent: "  "),
            "",
            entry.lines.isEmpty ? "  (no lines)" : lines.rendered(indent: "  "),
        ]).joined(separator: "\n")
    }
}
