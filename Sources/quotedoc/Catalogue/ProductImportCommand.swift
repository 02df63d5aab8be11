import ArgumentParser
import CatalogueExchange
import Foundation
import QuoteModel
import QuoteWorkflow

/// `quotedoc product import FILE --pricelist NAME`: products from a CSV or XLSX file.
struct ProductImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import products from a CSV or XLSX file into a price list.",
        discussion: """
            Headers name the fields, ignoring case and accents: English or Swedish labels (List price, \
            Listpris), command names (list-price) and common aliases (Product code, SKU, Price, Moms, \
            Kostnad). --map COLUMN=field overrides a header (field as `product add` names it, or ignore). \
            A CSV file is UTF-8 (or Windows-1252), delimited by ; or , (whichever the header uses).

            Each row is new, an update (some value differs), unchanged, or a problem with its row \
            (the header is row 1), column and reason: a number that is not one in --culture, a \
            negative amount, a missing code, a new product without a name or list price, a key \
            repeated inside the file (every such row), a VAT rate that is neither one the price \
            list's products have nor 0, 6, 12 or 25. An empty cell clears a text field, cost, \
            minimum price and stock; it keeps the name, list price, VAT and yes/no fields. Pictures \
            are not imported.

            The good rows are written in one transaction, never half a file; --strict writes \
            nothing when any row has a problem (exit 1). --dry-run only reports.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The CSV or XLSX file.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The price list to import into.", valueName: "name"))
    var pricelist: String

    @Option(name: .customLong("map"), help: ArgumentHelp("Column COLUMN gives product field FIELD (or ignore); repeatable.", valueName: "COLUMN=field"))
    var overrides: [ColumnOverride] = []

    @Option(help: "What finds a row's product in the price list: its code, its name, or both.")
    var key: ImportKey = .code

    @Option(help: "How the file writes numbers: en-US 1,234.50 (default, also invariant), sv-SE 1 234,50, de-DE 1.234,50.")
    var culture: NumberCulture = .enUS

    @Flag(help: "Only report what the import would do; write nothing.")
    var dryRun = false

    @Flag(help: "Write nothing if any row has a problem.")
    var strict = false

    func run() throws {
        let options = ProductImportOptions(priceListName: pricelist, overrides: overrides, key: key, culture: culture, strict: strict)
        let report = try global.workflow().importProducts(file: file, options: options, dryRun: dryRun)
        try output.emit(report) { Self.text(report) }
        if report.outcome == .refused {
            throw CommandFailure("\(file) has \(report.problems.count) problem(s) and --strict is given: nothing was imported")
        }
    }

    static func text(_ report: ProductImportReport) -> String {
        let verb = switch report.outcome {
        case .dryRun: "Dry run, nothing written"
        case .applied: "Imported"
        case .refused: "Refused, nothing written"
        }
        var lines = [
            "\(verb): \(report.file) into price list \(report.priceList).",
            "New: \(report.new)  Updates: \(report.updates)  Unchanged: \(report.unchanged)  Rows with problems: \(report.rowsWithProblems)",
        ]
        if !report.ignoredColumns.isEmpty {
            lines.append("Columns left out (no product field): " + report.ignoredColumns.map { "'\($0)'" }.joined(separator: ", "))
        }
        if !report.problems.isEmpty {
            var table = TextTable([.right("Row"), .left("Column"), .left("Problem")])
            for problem in report.problems {
                table.append([String(problem.row), problem.column, problem.reason])
            }
            lines.append("")
            lines.append(table.rendered())
        }
        if !report.changes.isEmpty {
            lines.append("")
            var table = TextTable([.right("Row"), .left("Code"), .left("Changes")])
            for change in report.changes.prefix(50) {
                table.append([String(change.row), change.code, change.fields.joined(separator: ", ")])
            }
            lines.append(table.rendered())
            if report.changes.count > 50 {
                lines.append("… and \(report.changes.count - 50) more updates (--json lists them all).")
            }
        }
        return lines.joined(separator: "\n")
    }
}
