import ArgumentParser
import QuoteModel
import QuoteStore

/// `quotedoc quote diff NUMBER R1 R2`: what changed from version R1 to version R2.
struct QuoteDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a quote: lines added, removed and changed, and the change in every total.",
        discussion: """
            Lines are matched within the alternative of the same name, by product code (by name for a \
            free-text line). Figures are exact; each change is shown as old → new (difference).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var number: String

    @Argument(help: "The version to compare from.")
    var from: Int

    @Argument(help: "The version to compare to.")
    var to: Int

    func validate() throws {
        if from < 1 || to < 1 { throw ValidationError("versions are numbered from 1") }
    }

    /// What `--json` prints.
    struct DiffJSON: Encodable {
        let quote: String
        let currency: Currency
        let diff: VersionDiff
    }

    func run() throws {
        let workflow = try global.workflow()
        let old = try workflow.quote(number: number, version: from)
        let new = try workflow.quote(number: number, version: to)
        let diff = try VersionDiff(from: old.version, to: new.version)
        try output.emit(DiffJSON(quote: number, currency: old.sale.currency, diff: diff)) {
            try Self.text(diff, quote: number, currency: old.sale.currency)
        }
    }

    static func signed(_ value: ExactDecimal) -> String {
        value.isNegative || value.isZero ? value.description : "+\(value)"
    }

    static func change(_ change: VersionDiff.AmountChange) throws(ArithmeticOverflow) -> String {
        "\(change.from?.description ?? "–") → \(change.to?.description ?? "–") (\(signed(try change.difference)))"
    }

    static func label(code: String, name: String) -> String {
        code.isEmpty ? "'\(name)'" : "\(code) '\(name)'"
    }

    static func describe(_ line: QuoteLine) -> String {
        "\(label(code: line.code, name: line.name)): quantity \(line.quantity), unit price \(line.unitListPrice), "
            + "discount \(line.discountPercent) %, total \(line.totalPrice)"
    }

    static let fieldNames: [VersionDiff.LineField: String] = [
        .quantity: "quantity", .unitPrice: "unit price", .discountPercent: "discount %", .totalPrice: "total",
    ]

    static let totalNames: [VersionDiff.TotalField: String] = [
        .subTotal: "Sub total", .totalPrice: "Total price", .vatAmount: "VAT", .totalPriceIncVAT: "Total inc. VAT",
    ]

    static func text(_ diff: VersionDiff, quote: String, currency: Currency) throws(ArithmeticOverflow) -> String {
        var lines = ["Quote \(quote): version \(diff.fromRank) → version \(diff.toRank) (\(currency.code))"]
        for alternative in diff.alternatives {
            lines.append("")
            switch alternative.presence {
            case .both: lines.append("Alternative \(alternative.name)" + (alternative.isUnchanged ? ": unchanged" : ""))
            case .added: lines.append("Alternative \(alternative.name): added in version \(diff.toRank)")
            case .removed: lines.append("Alternative \(alternative.name): removed in version \(diff.toRank)")
            }
            if alternative.isUnchanged { continue }
            for line in alternative.removedLines {
                lines.append("  - line \(line.rank)  \(describe(line))")
            }
            for line in alternative.addedLines {
                lines.append("  + line \(line.rank)  \(describe(line))")
            }
            for line in alternative.changedLines {
                let ranks = line.fromRank == line.toRank ? "line \(line.toRank)" : "line \(line.fromRank) → \(line.toRank)"
                lines.append("  ~ \(ranks)  \(label(code: line.code, name: line.name)): "
                    + (try line.fields.map { field throws(ArithmeticOverflow) in "\(fieldNames[field.field]!) \(try change(field.change))" }).joined(separator: "; "))
            }
            var table = TextTable([.left("Totals"), .right("v\(diff.fromRank)"), .right("v\(diff.toRank)"), .right("Change")])
            for total in alternative.totals {
                table.append([totalNames[total.field]!, total.change.from?.description ?? "–", total.change.to?.description ?? "–",
                              signed(try total.change.difference)])
            }
            lines.append(table.rendered(indent: "  "))
        }
        lines.append("")
        let favourite = diff.fromFavourite == diff.toFavourite
            ? "Favourite (\(diff.toFavourite ?? "none")) total"
            : "Favourite total (\(diff.fromFavourite ?? "none") → \(diff.toFavourite ?? "none"))"
        lines.append("\(favourite): \(try change(diff.favouriteTotal))")
        return lines.joined(separator: "\n")
    }
}
