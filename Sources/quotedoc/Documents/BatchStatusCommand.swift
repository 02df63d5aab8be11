import ArgumentParser
import Foundation
import QuoteWorkflow
import StorageInterface

/// `quotedoc batch status`: the progress of the run batch workers share, per worker.
struct BatchStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the progress of the batch workers' run (the newest unless --run), per worker.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("run"), help: ArgumentHelp("The run to show.", valueName: "run"))
    var runID: String?

    func run() throws {
        let status = try global.workflow().batchStatus(run: runID)
        try output.emit(status) { Self.text(status) }
    }

    static func text(_ status: BatchRunStatus) -> String {
        let stamp = ISO8601DateFormatter()
        var lines = [
            "Run \(status.run): \(status.completed == nil ? "open" : "complete"), \(status.pagesDone) of \(status.pages) pages done (\(status.quotes) quotes)",
            "Started \(stamp.string(from: status.started))" + (status.completed.map { ", completed \(stamp.string(from: $0))" } ?? ""),
        ]
        if status.pagesTakenOver > 0 {
            lines.append("\(status.pagesTakenOver) pages were taken over after the lease of the worker holding them ran out")
        }
        guard !status.workers.isEmpty else { return (lines + ["No worker has claimed a page yet."]).joined(separator: "\n") }
        var table = TextTable([.left("Worker"), .left("Host"), .right("Pages"), .right("Rendered"), .right("Failed"), .right("MiB"), .left("Holding")])
        for worker in status.workers {
            let holding = worker.holding.map { page in "page \(page) until \(worker.leaseExpires.map(stamp.string(from:)) ?? "")" } ?? ""
            table.append([
                worker.worker.name, worker.worker.host, String(worker.pagesDone), String(worker.rendered), String(worker.failed),
                String(format: "%.1f", Double(worker.bytes) / 1_048_576), holding,
            ])
        }
        lines.append("")
        lines.append(table.rendered())
        return lines.joined(separator: "\n")
    }
}
