import Foundation
import QuoteModel

/// A sync log entry as `sync log` prints it.
struct SyncLogJSON: Encodable {
    let at: Date
    let user: String
    let operation: String
    let company: String
    let party: String
    let field: String
    let erpField: String
    let written: String
    let oldValue: String
    let newValue: String
    let conflict: Bool
    let losingValue: String?

    init(_ entry: SyncLogEntry) {
        at = entry.at
        user = entry.user
        operation = entry.operation.rawValue
        company = entry.companyCode
        party = entry.partyCode
        field = entry.crmField
        erpField = entry.erpField
        written = entry.written.rawValue
        oldValue = entry.oldValue
        newValue = entry.newValue
        conflict = entry.isConflict
        losingValue = entry.isConflict ? entry.losingValue : nil
    }

    static func text(_ entries: [SyncLogEntry]) -> String {
        guard !entries.isEmpty else { return "The sync log is empty." }
        let formatter = ISO8601DateFormatter()
        return entries.map { entry in
            let what = entry.crmField.isEmpty
                ? entry.newValue
                : "\(entry.crmField) in \(entry.written == .erp ? "the ERP" : "quotedoc"): '\(entry.oldValue)' → '\(entry.newValue)'"
            let conflict = entry.isConflict ? " (conflict; lost: '\(entry.losingValue)')" : ""
            return "\(formatter.string(from: entry.at))  \(entry.user)  \(entry.operation.rawValue)  \(entry.companyCode) ↔ \(entry.partyCode)  \(what)\(conflict)"
        }.joined(separator: "\n")
    }
}
