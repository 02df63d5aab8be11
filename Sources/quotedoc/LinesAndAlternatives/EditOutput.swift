import QuoteModel
import QuoteStore
import StorageInterface

extension QuoteRenderer {
    /// What an editing command prints: its confirmation, the totals of the alternatives it
    /// touched (by name, as they are after the edit), and the version's validation status with
    /// its reasons.
    static func editSummary(_ detail: QuoteDetail, message: String, alternatives names: [String]) throws(ArithmeticOverflow) -> String {
        let currency = detail.sale.currency
        let touched = try detail.version.alternatives.filter { names.contains($0.alternative.name) }.map { entry throws(ArithmeticOverflow) in
            title(detail, entry.alternative) + "\n" + totals(entry.alternative, try entry.alternative.totalPriceIncVAT, in: currency).rendered(indent: "  ")
        }
        let version = detail.version.version
        let status = fieldList([("Version \(version.rank) status", statusText(version.status, version.reason))])
        return ([message] + touched + [status]).joined(separator: "\n\n")
    }
}

extension QuoteRenderer {
    /// A line's figures in one sentence: `10 × 13.00, discount 13.00 (10.00 %), total 117.00,
    /// earning 17.00 (14.53 %)`.
    static func lineFigures(_ line: QuoteLine, in currency: Currency) -> String {
        var text = "\(line.quantity) × \(line.unitListPrice.unitPrice(in: currency)), discount "
            + "\(line.discountAmount.amount(in: currency)) (\(line.discountPercent.percentText) %), total \(line.totalPrice.amount(in: currency))"
        if let earning = line.earningAmount {
            text += ", earning \(earning.amount(in: currency))" + (line.earningPercent.map { " (\($0.percentText) %)" } ?? "")
        }
        return text
    }
}

extension QuoteDetail {
    /// Line `rank` of the alternative named `alternative`, as saved.
    func line(rank: Int, of alternative: String) -> QuoteLine? {
        version.alternatives.first { $0.alternative.name == alternative }?.lines.first { $0.rank == rank }
    }
}

extension OutputOptions {
    /// Prints the result of an edit: with `--json` the quote as `quote show --json` prints it,
    /// else the ``QuoteRenderer/editSummary(_:message:alternatives:)``.
    func emitEdit(_ detail: QuoteDetail, _ message: String, alternatives: [String]) throws {
        try emit(QuoteJSON(detail)) { try QuoteRenderer.editSummary(detail, message: message, alternatives: alternatives) }
    }
}
