import ArgumentParser
import QuoteWorkflow

/// `quotedoc order status Q`: the ERP's state of the order, and what that changed here.
struct OrderStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Ask the ERP how a quote's order stands, and record what changed.",
        discussion: """
            Needs a connection whose connector provides order state. Done in the ERP marks the sale \\
            sold; cancelled makes the version and the sale lost with the ERP's reason; lines the \\
            ERP changed are listed.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var quote: String

    func run() async throws {
        let report = try await global.workflow().refreshOrderStatus(quoteNumber: quote, acting: actor.acting)
        try output.emit(OrderStatusJSON(report)) { Self.text(report) }
    }

    static func text(_ report: QuoteWorkflow.OrderStatusReport) -> String {
        var lines = ["Order \(report.status.number) of quote \(report.quoteNumber) on connection '\(report.connectionName)': \(report.status.state.rawValue)"]
        if !report.status.reason.isEmpty { lines.append("Reason: \(report.status.reason)") }
        lines += report.recorded.map { "Recorded: \($0)" }
        if report.recorded.isEmpty { lines.append("No change since it was last asked.") }
        if !report.differences.isEmpty {
            lines.append("The ERP's lines differ from the lines ordered:")
            lines += report.differences.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
