import Foundation

/// What an attachment may be: a non-empty file of at most ``maximumByteCount`` bytes whose name is
/// one safe path component, unique among its version's (or sale type's) attachments; and only a
/// version that can still be edited has its attachments changed.
public enum AttachmentRules {
    /// 10 MiB: what mail servers commonly still accept in one message with the documents.
    public static let maximumByteCount = 10 * 1_048_576

    /// Checks a new attachment `fileName` with `bytes` against `existing` names.
    public static func check(fileName: String, bytes: [UInt8], existing: [String]) throws(QuoteError) {
        try checkName(fileName)
        if bytes.isEmpty { throw QuoteError(.invalid, "'\(fileName)' is empty; an attachment needs content", value: fileName) }
        if bytes.count > maximumByteCount {
            throw QuoteError(.invalid, "'\(fileName)' is \(bytes.count) bytes; an attachment may be at most \(maximumByteCount) bytes (10 MiB)", value: fileName)
        }
        if existing.contains(fileName) { throw QuoteError(.duplicate, "there is already an attachment named '\(fileName)'", value: fileName) }
    }

    /// Checks that `fileName` is one path component a folder can hold.
    public static func checkName(_ fileName: String) throws(QuoteError) {
        let forbidden = fileName.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
        guard !fileName.trimmingCharacters(in: .whitespaces).isEmpty, fileName != ".", fileName != "..", !fileName.hasPrefix("."), !forbidden,
              fileName.utf8.count <= 200 else {
            throw QuoteError(.invalid, "'\(fileName)' cannot be an attachment's name: give a file name without slashes or control characters, not starting with a dot, at most 200 bytes", value: fileName)
        }
    }

    /// Checks that the attachments of `version` (of quote `quoteNumber`) can be changed.
    public static func checkEditable(_ version: QuoteVersion, quoteNumber: String) throws(QuoteError) {
        guard version.state.isEditable else {
            throw QuoteError(
                .notEditable, "version \(version.rank) of quote \(quoteNumber) is \(version.state.rawValue); the attachments it was sent with never change",
                quote: quoteNumber, remedy: .newVersion)
        }
    }

    /// The media type of a file by its name's extension; `application/octet-stream` when unknown.
    public static func mediaType(forFileName fileName: String) -> String {
        let dot = fileName.lastIndex(of: ".").map { fileName.index(after: $0) }
        let ext = dot.map { String(fileName[$0...]).lowercased() } ?? ""
        return mediaTypes[ext] ?? "application/octet-stream"
    }

    static let mediaTypes: [String: String] = [
        "pdf": "application/pdf", "html": "text/html", "htm": "text/html", "txt": "text/plain", "csv": "text/csv", "xml": "application/xml",
        "json": "application/json", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "svg": "image/svg+xml",
        "zip": "application/zip", "doc": "application/msword", "xls": "application/vnd.ms-excel",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
    ]
}
