import ArgumentParser
import QuoteModel
import QuoteWorkflow

/// A run's (or resync's) report as `sync run` prints it.
struct SyncRunJSON: Encodable {
    struct Company: Encodable {
        let company: String
        let party: String
        let changes: [FieldOutcome]
        let problems: [String]
        let failure: String?
    }

    let connection: String
    let dryRun: Bool
    let changes: Int
    let conflicts: Int
    let problems: Int
    let stoppedBy: String?
    let companies: [Company]

    init(_ report: SyncRunReport) {
        connection = report.connection
        dryRun = report.isDryRun
        changes = report.changeCount
        conflicts = report.conflictCount
        problems = report.problemCount
        stoppedBy = report.stoppedBy
        companies = report.results.map { result in
            Company(
                company: result.companyCode, party: result.partyCode, changes: result.plan?.changes ?? [],
                problems: result.plan?.problems.compactMap(\.problem) ?? [], failure: result.failure)
        }
    }

    /// Prints `report`; exits 1 when a company was not synced or the ERP stopped the run.
    static func finish(_ report: SyncRunReport, output: OutputOptions) throws {
        try output.emit(SyncRunJSON(report)) { text(report) }
        if report.stoppedBy != nil || report.results.contains(where: { $0.failure != nil }) { throw ExitCode.failure }
    }

    static func text(_ report: SyncRunReport) -> String {
        let would = report.isDryRun ? "would change" : "changed"
        var lines = ["Sync of \(report.connection)\(report.isDryRun ? " (dry run: nothing changed)" : ""): \(report.results.count) linked companies, "
            + "\(report.changeCount) field changes, \(report.conflictCount) conflicts, \(report.problemCount) problems."]
        for result in report.results {
            let changes = result.plan?.changes ?? []
            let problems = result.plan?.problems ?? []
            guard !changes.isEmpty || !problems.isEmpty || result.failure != nil else { continue }
            lines.append("  \(result.companyCode) ↔ \(result.partyCode)")
            if let failure = result.failure { lines.append("    not synced: \(failure)") }
            for change in changes {
                let (side, old, new) = change.writesERP ? ("ERP", change.erpBefore, change.erpAfter) : ("quotedoc", change.crmBefore, change.crmAfter)
                var line = "    \(change.crmField.rawValue): \(side) \(would) '\(old)' → '\(new)'"
                if change.action == .conflict, let winner = change.winner {
                    line += " (conflict: \(winner.label) wins; \(winner == .crm ? "the ERP's" : "quotedoc's") '\(change.losingValue ?? "")' is in the sync log)"
                }
                lines.append(line)
            }
            for problem in problems { lines.append("    \(problem.crmField.rawValue) not synced: \(problem.problem ?? "")") }
        }
        if let stopped = report.stoppedBy { lines.append("Stopped: \(stopped). The companies above are synced; run it again to finish.") }
        return lines.joined(separator: "\n")
    }
}
