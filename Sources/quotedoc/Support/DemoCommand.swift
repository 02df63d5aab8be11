import ArgumentParser
import Foundation
import NorthwindDemo
import QuoteDocuments
import QuoteModel
import QuoteWorkflow

/// `quotedoc demo`: the first thing to run. Sets up (or reuses) a database with the Northwind
/// demo data, then shows what is in it and one quote in full.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Set up the Northwind demo (or reuse it), show what is in it, and send one draft quote.",
        discussion: """
            Creates the database with the demo data when the file does not exist; an existing database is reused. \
            Then sends the first draft quote not yet sent: its proposal goes to the output folder and one \
            "quote sent" activity records it.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var folders: DocumentFolderOptions

    /// The quote shown in full, when the database has it.
    static let showcaseQuote = "10248"

    func run() throws {
        let location = try global.location
        let (storage, created) = try global.createStorage()
        print(created ? "Created database \(location)." : "Using the existing database \(location).")
        print(NorthwindReportText.describe(try NorthwindImport.run(into: storage)))
        let workflow = QuoteWorkflow(storage: storage)
        print()
        print(try Self.counts(workflow))

        let quotes = try workflow.quotes()
        let number = quotes.contains { $0.number == Self.showcaseQuote } ? Self.showcaseQuote : quotes.first?.number
        if let number {
            print()
            print(try QuoteRenderer.render(workflow.quote(number: number)))
        }
        print()
        print(try sendFirstDraft(workflow))
        print()
        // A server's URL is repeated without its password.
        let shown = if case .postgres(let server) = location { server.urlWithoutPassword } else { global.databasePath }
        print(Self.nextSteps(databasePath: global.databasePath == nil ? nil : shown, quote: number))
    }

    /// Sends the first draft quote that is ready (no approval needed) and describes what happened.
    func sendFirstDraft(_ workflow: QuoteWorkflow) throws -> String {
        guard let draft = try workflow.quotes(state: .draft).first else {
            return "Every draft quote has been sent already; nothing to send."
        }
        let receipt = try workflow.send(
            quoteNumber: draft.number, options: .init(acting: ActorOptions.acting(user: nil)), output: try folders.output())
        return "Sent quote \(draft.number) to \(draft.companyName):\n" + ActivityText.describe(receipt.activity)
    }

    /// How many of each thing the database holds.
    static func counts(_ workflow: QuoteWorkflow) throws -> String {
        let priceLists = try workflow.priceLists()
        let sales = try workflow.sales()
        let quotes = try workflow.quotes()
        func breakdown<Value: Hashable & RawRepresentable<String>>(_ values: [Value], order: [Value]) -> String {
            let counts = Dictionary(grouping: values) { $0 }.mapValues(\.count)
            let parts = order.compactMap { value in counts[value].map { "\($0) \(value.rawValue)" } }
            return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
        }
        let productCount = priceLists.reduce(0) { $0 + $1.productCount }
        return fieldList([
            ("Associates", String(try workflow.associates().count)),
            ("Companies", String(try workflow.companies().count)),
            ("Price lists", "\(priceLists.count) (\(productCount) products)"),
            ("Sales", String(sales.count) + breakdown(sales.map(\.sale.status), order: SaleStatus.allCases)),
            ("Quotes", String(quotes.count) + breakdown(quotes.map(\.state), order: VersionState.allCases)),
        ])
    }

    /// A few commands to try next, with `--database` when it was given.
    static func nextSteps(databasePath: String?, quote: String?) -> String {
        let database = databasePath.map { path in
            " --database " + (path.contains(" ") ? "'\(path)'" : path)
        } ?? ""
        var steps = [
            "quotedoc activities\(database)",
            "quotedoc render 10248 --document confirmation --lang sv-SE\(database)",
            "quotedoc quote list --state draft\(database)",
            "quotedoc sale list --status open\(database)",
            "quotedoc company list\(database)",
            "quotedoc product list --search chai\(database)",
        ]
        if let quote { steps.insert("quotedoc quote show \(quote) --json\(database)", at: 0) }
        return "Next steps:\n" + steps.map { "  " + $0 }.joined(separator: "\n")
    }
}
