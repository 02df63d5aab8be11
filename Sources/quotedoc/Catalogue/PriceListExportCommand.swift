import ArgumentParser
import CatalogueExchange
import Foundation
import QuoteWorkflow

/// `quotedoc pricelist export NAME --format csv|xlsx [--out FILE]`: a price list's products as a
/// spreadsheet that `product import` reads back unchanged.
struct PriceListExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a price list's products to CSV or XLSX.",
        discussion: """
            One column per product field under its English label, one row per product (by code); \
            amounts in plain exact notation (1234.50). Importing the file back into the same price \
            list finds nothing to change. Pictures are not exported.

            Without --out the file goes to standard output (an XLSX file only when that is not a \
            terminal). --out writes a new file atomically (a temporary file renamed into place) and \
            refuses to replace an existing one unless --force is given.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The price list.", valueName: "name"))
    var name: String

    @Option(help: "The file format.")
    var format: SpreadsheetFormat

    @Option(help: ArgumentHelp("The file to write.", valueName: "file"))
    var out: String?

    @Flag(help: "Replace the --out file if it exists.")
    var force = false

    func validate() throws {
        if out == nil, format == .xlsx, isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("an XLSX file is not shown on a terminal: give --out FILE or redirect the output")
        }
        if force, out == nil { throw ValidationError("--force only applies to --out") }
    }

    func run() throws {
        let bytes = try global.workflow().exportPriceList(named: name, format: format)
        guard let out else {
            FileHandle.standardOutput.write(bytes)
            return
        }
        try ExportFile.write(bytes, to: out, replacing: force)
        print("Exported price list \(name) to \(out) (\(bytes.count) bytes).")
    }
}

/// Writing an export file whole or not at all: the bytes go to a temporary file beside it, which
/// then takes the file's name; without `replacing`, an existing file is never touched.
enum ExportFile {
    static func write(_ bytes: Data, to path: String, replacing: Bool) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).partial")
        do {
            try bytes.write(to: temporary)
        } catch {
            throw CommandFailure("cannot write \(path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        // link(2) refuses an existing name, so a file created meanwhile is not replaced either.
        let placed = replacing ? rename(temporary.path, target.path) : link(temporary.path, target.path)
        guard placed == 0 else {
            let reason = errno == EEXIST ? "the file exists (--force replaces it)" : String(cString: strerror(errno))
            throw CommandFailure("cannot write \(path): \(reason)")
        }
    }
}
