import ArgumentParser
import QuoteModel
import QuoteStore
import QuoteWorkflow
import StorageInterface

/// `quotedoc quote update-prices NUMBER`: refreshes the price fields of a draft's lines from
/// the catalogue or the ERP.
struct QuoteUpdatePricesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update-prices",
        abstract: "Refresh the list price, cost and minimum price of a draft's lines from the catalogue or the ERP.",
        discussion: """
            On the Standalone connection each line takes the figures of the catalogue product it \
            was copied from; on an ERP connection, the ERP's (its price for this customer and \
            quantity when the connector computes prices). A product that was retired or removed is \
            reported and its line left as it is; free-text lines are skipped. Prints every change \
            and the new totals; the version is repriced and revalidated in one transaction. Only a \
            draft changes; --dry-run shows what would change and saves nothing.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var actor: ActorOptions

    @Argument(help: "The quote number.")
    var quote: String

    @Flag(help: "Show what would change; save nothing.")
    var dryRun = false

    func run() async throws {
        let update = try await global.workflow().updatePrices(quoteNumber: quote, dryRun: dryRun, acting: actor.acting)
        try output.emit(PriceUpdateJSON(update)) { try Self.text(update, quote: quote) }
    }

    static func text(_ update: PriceUpdate, quote: String) throws -> String {
        let detail = update.detail
        let currency = detail.sale.currency
        let rank = detail.version.version.rank
        var parts = [update.saved
            ? "Updated the prices of version \(rank) of quote \(quote) from \(update.source)."
            : "Prices of version \(rank) of quote \(quote) that \(update.source) would change (dry run: nothing saved)."]
        if update.changes.isEmpty {
            parts.append("No price changed.")
        } else {
            var table = TextTable([.left("Alternative"), .right("#"), .left("Code"), .left("Field"), .right("Old"), .right("New")])
            for change in update.changes {
                table.append([
                    change.alternative, String(change.rank), change.code, label(change.field),
                    change.old?.unitPrice(in: currency) ?? "(none)", "→ " + (change.new?.unitPrice(in: currency) ?? "(none)"),
                ])
            }
            parts.append(table.rendered(indent: "  "))
        }
        if !update.problems.isEmpty {
            parts.append("Left as they were:\n" + update.problems.map {
                "  alternative '\($0.alternative)' line \($0.rank) (\($0.code) \($0.name)): \($0.reason)"
            }.joined(separator: "\n"))
        }
        return try QuoteRenderer.editSummary(detail, message: parts.joined(separator: "\n\n"), alternatives: detail.version.alternatives.map(\.alternative.name))
    }

    static func label(_ field: LinePriceField) -> String {
        switch field {
        case .listPrice: "list price"
        case .cost: "cost"
        case .minimumPrice: "minimum price"
        }
    }

    /// What `quote update-prices --json` prints.
    struct PriceUpdateJSON: Encodable {
        let saved: Bool
        let source: String
        let changes: [LinePriceChange]
        let problems: [LinePriceProblem]
        let quote: QuoteJSON

        init(_ update: PriceUpdate) throws {
            saved = update.saved
            source = update.source
            changes = update.changes
            problems = update.problems
            quote = try QuoteJSON(update.detail)
        }
    }
}
