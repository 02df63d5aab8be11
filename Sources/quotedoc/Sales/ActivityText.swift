import QuoteStore
import StorageInterface

/// Activities as text: what happened, who did it, and the documents with their hashes.
enum ActivityText {
    static func describe(_ record: ActivityRecord) -> String {
        var lines = ["Activity \(record.activity.id ?? 0): \(record.activity.kind.rawValue) on sale \(record.saleNumber)"
            + (record.quoteNumber.map { ", quote \($0)" } ?? "") + (record.version.map { " version \($0)" } ?? "")
            + " by \(record.associateUserName), \(record.activity.date.formatted(.iso8601))",
            "  \(record.activity.text)"]
        for document in record.documents {
            lines.append("  \(document.format.rawValue.uppercased())  \(document.path)  \(document.byteSize) bytes  sha256 \(document.sha256)")
        }
        return lines.joined(separator: "\n")
    }
}
