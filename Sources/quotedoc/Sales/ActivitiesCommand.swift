import ArgumentParser
import Foundation
import QuoteModel
import QuoteStore

/// `quotedoc activities`: the sale activities, oldest first, with their documents and hashes.
struct ActivitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activities",
        abstract: "List sale activities (sent quotes, placed orders, follow-ups, lost sales) with their documents.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only the activities of this sale.", valueName: "number"))
    var sale: String?

    @Option(help: ArgumentHelp("Only the activities about this quote's versions.", valueName: "number"))
    var quote: String?

    @Option(help: ArgumentHelp("Only activities on or after this day (local time), YYYY-MM-DD.", valueName: "date"))
    var since: LocalDate?

    func run() throws {
        let records = try global.workflow().activities(saleNumber: sale, quoteNumber: quote, since: since.map(Self.startOfDay))
        try output.emit(records) {
            records.isEmpty ? "No activities." : records.map(ActivityText.describe).joined(separator: "\n")
        }
    }

    /// The first instant of `day` in the local time zone (`Calendar.current`, as ``LocalDate/today``).
    static func startOfDay(_ day: LocalDate) -> Date {
        Calendar.current.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
    }
}
