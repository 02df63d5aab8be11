import Foundation

/// An RFC 5322 message with a MIME HTML body and attachments, as a `.eml` file the
/// salesperson opens in their mail client to check and send. CRLF line ends, every part base64
/// with lines of 76 characters, non-ASCII header text as RFC 2047 encoded words.
struct MailMessage {
    struct Address {
        let name: String
        let email: String
    }

    struct Attachment {
        let fileName: String
        let mediaType: String
        let bytes: [UInt8]
    }

    let from: Address?
    let to: Address?
    let subject: String
    let date: Date
    let messageID: String
    let htmlBody: [UInt8]
    let attachments: [Attachment]

    /// The message's bytes.
    var bytes: [UInt8] {
        let boundary = "quotedoc-" + messageID.filter { $0.isLetter || $0.isNumber }.prefix(24)
        var lines: [String] = []
        if let from { lines.append("From: \(Self.header(from))") }
        if let to { lines.append("To: \(Self.header(to))") }
        lines.append("Subject: \(Self.encodedWord(subject))")
        lines.append("Date: \(Self.rfc5322Date(date))")
        lines.append("Message-ID: <\(messageID)>")
        lines.append("MIME-Version: 1.0")
        lines.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
        lines.append("")
        lines.append("--\(boundary)")
        lines.append("Content-Type: text/html; charset=utf-8")
        lines.append("Content-Transfer-Encoding: base64")
        lines.append("")
        lines.append(contentsOf: Self.base64Lines(htmlBody))
        for attachment in attachments {
            lines.append("--\(boundary)")
            lines.append("Content-Type: \(attachment.mediaType); name=\"\(attachment.fileName)\"")
            lines.append("Content-Disposition: attachment; filename=\"\(attachment.fileName)\"")
            lines.append("Content-Transfer-Encoding: base64")
            lines.append("")
            lines.append(contentsOf: Self.base64Lines(attachment.bytes))
        }
        lines.append("--\(boundary)--")
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func header(_ address: Address) -> String {
        address.name.isEmpty ? "<\(address.email)>" : "\(encodedWord(address.name)) <\(address.email)>"
    }

    /// `text` as is when it is plain ASCII without line breaks, else an RFC 2047 encoded word.
    static func encodedWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0 != "\"" }
        return plain ? text : "=?utf-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    static func base64Lines(_ bytes: [UInt8]) -> [String] {
        let encoded = Data(bytes).base64EncodedString()
        var lines: [String] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines
    }

    /// `Thu, 26 Nov 2026 17:33:07 +0000`, always in UTC.
    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
