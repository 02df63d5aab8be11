import Foundation

/// An RFC 5322 message with MIME parts, as a `.eml` file the salesperson opens in their mail
/// client to check and send: `multipart/mixed` holding the body (`multipart/alternative` of a
/// plain-text and an HTML version, or the HTML alone) and the attachments.
///
/// All in 7-bit ASCII with CRLF line ends: header fields folded and encoded by ``MailHeader``,
/// every leaf part with its Content-Type, Content-Disposition and base64 Content-Transfer-Encoding
/// (lines of 76 characters). The same message gives the same bytes (boundaries come from the
/// Message-ID), so the archived file's SHA-256 can be checked.
struct MailMessage {
    struct Attachment {
        let fileName: String
        /// The media type with any parameters but `name`, separated by `; ` (`text/html; charset=utf-8`).
        let mediaType: String
        let bytes: [UInt8]
    }

    let from: MailAddress
    let to: MailAddress
    let subject: String
    let date: Date
    /// The Message-ID without its angle brackets: `id-left@domain`.
    let messageID: String
    /// The plain-text version of the body, when there is one.
    let textBody: String?
    let htmlBody: [UInt8]
    let attachments: [Attachment]

    /// The message's bytes.
    var bytes: [UInt8] {
        let tag = messageID.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(24)
        let mixed = "quotedoc-mixed-\(tag)"
        let alternative = "quotedoc-alternative-\(tag)"
        var lines: [String] = [
            MailHeader.address("From", from),
            MailHeader.address("To", to),
            MailHeader.unstructured("Subject", subject),
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(messageID)>",
            // Outlook opens a file with this header as a message to send rather than a received one.
            "X-Unsent: 1",
            "MIME-Version: 1.0",
            MailHeader.field("Content-Type", ["multipart/mixed;", "boundary=\"\(mixed)\""]),
            "",
            "--\(mixed)",
        ]
        let html = Self.part(contentType: ["text/html", "charset=utf-8"], disposition: ["inline"], bytes: Self.crlf(htmlBody))
        if let textBody {
            lines += [MailHeader.field("Content-Type", ["multipart/alternative;", "boundary=\"\(alternative)\""]), "", "--\(alternative)"]
            lines += Self.part(contentType: ["text/plain", "charset=utf-8"], disposition: ["inline"], bytes: Self.crlf(Array(textBody.utf8)))
            lines += ["--\(alternative)"] + html + ["--\(alternative)--"]
        } else {
            lines += html
        }
        for attachment in attachments {
            lines.append("--\(mixed)")
            lines += Self.part(
                contentType: attachment.mediaType.components(separatedBy: "; ") + MailHeader.parameter("name", attachment.fileName),
                disposition: ["attachment"] + MailHeader.parameter("filename", attachment.fileName),
                bytes: attachment.bytes)
        }
        lines.append("--\(mixed)--")
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// A leaf part: its header fields (the media type and the disposition, each followed by its
    /// parameters), a blank line, then `bytes` in base64.
    private static func part(contentType: [String], disposition: [String], bytes: [UInt8]) -> [String] {
        [
            MailHeader.field("Content-Type", Self.tokens(contentType)),
            MailHeader.field("Content-Disposition", Self.tokens(disposition)),
            "Content-Transfer-Encoding: base64",
            "",
        ] + base64Lines(bytes)
    }

    /// Parameters as header tokens: every one but the last ends in `;`.
    private static func tokens(_ pieces: [String]) -> [String] {
        pieces.enumerated().map { $0.offset < pieces.count - 1 ? $0.element + ";" : $0.element }
    }

    /// Text in MIME's canonical form: every line break CRLF (RFC 2046 §4.1.1).
    static func crlf(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 32)
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x0A, previous != 0x0D { result.append(0x0D) }
            result.append(byte)
            previous = byte
        }
        return result
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
