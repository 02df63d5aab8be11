import Crypto
import Foundation
import QuoteModel
import XCTest

@testable import QuoteDocuments

/// A message with everything hard in its headers — a long Swedish subject, non-ASCII names, long
/// and non-ASCII attachment names, kinds of file quotedoc does not know — read back by Python's
/// `email` package exactly as it was meant.
final class MailMessageParsingTests: XCTestCase {
    static let subject = "Orderbekräftelse 10248 (ert ordernummer PO-4711) – Berglunds snabbköp, Luleå – med leveransvillkor för 2026"
    static let attachments: [MailMessage.Attachment] = [
        ("10248-v1-order-confirmation.html", "text/html; charset=utf-8", "<p>Hej</p>\n"),
        ("Allmänna leveransvillkor för Northwind Traders – gäller från 1 januari 2026 – svensk version.pdf", "application/pdf", "%PDF-1.7 villkor"),
        ("Prislista \"2026\".xlsx", AttachmentRules.mediaType(forFileName: "Prislista.xlsx"), "PK\u{03}\u{04}"),
        ("mätdata.unknownkind", AttachmentRules.mediaType(forFileName: "mätdata.unknownkind"), "\u{00}\u{01}\u{02}"),
    ].map { .init(fileName: $0.0, mediaType: $0.1, bytes: Array($0.2.utf8)) }

    func message(textBody: String? = "Hej Åsa,\nhär är bekräftelsen.\n") throws -> MailMessage {
        MailMessage(
            from: try MailAddress(name: "Åsa Söderström", address: "asa.soderstrom@northwind.example"),
            to: try MailAddress(name: "Lind, Erika", address: "erika.lind@bergs.example"),
            subject: Self.subject, date: Date(timeIntervalSince1970: 1_796_400_000), messageID: "0123456789abcdef@northwind.example",
            textBody: textBody, htmlBody: Array("<p>Hej Åsa,</p>\n".utf8), attachments: Self.attachments)
    }

    private func parsed(_ message: MailMessage) throws -> (ParsedMail, Data) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-mail-\(UUID().uuidString).eml")
        defer { try? FileManager.default.removeItem(at: file) }
        let bytes = Data(message.bytes)
        try bytes.write(to: file)
        return (try ParsedMail.parse(file), bytes)
    }

    func testPythonReadsTheHeadersAsWritten() throws {
        let (mail, raw) = try parsed(try message())
        XCTAssertEqual(mail.defects, [])
        ParsedMail.assertRawForm(raw)
        XCTAssertEqual(mail.subject, Self.subject)
        XCTAssertEqual(mail.from, [.init(name: "Åsa Söderström", address: "asa.soderstrom@northwind.example")])
        XCTAssertEqual(mail.to, [.init(name: "Lind, Erika", address: "erika.lind@bergs.example")])
        XCTAssertEqual(mail.date, "Fri, 04 Dec 2026 16:00:00 +0000")
        XCTAssertEqual(mail.messageID, "<0123456789abcdef@northwind.example>")
        XCTAssertEqual(mail.mimeVersion, "1.0")
    }

    func testPythonReadsEveryAttachmentWithItsNameTypeAndBytes() throws {
        let (mail, _) = try parsed(try message())
        XCTAssertEqual(mail.attachments.map(\.fileName), Self.attachments.map(\.fileName))
        XCTAssertEqual(
            mail.attachments.map(\.type),
            ["text/html", "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream"])
        XCTAssertEqual(mail.attachments.map(\.sha256), Self.attachments.map { SHA256.hash(data: $0.bytes).map { String(format: "%02x", $0) }.joined() })
        XCTAssertTrue(mail.parts.allSatisfy { $0.transferEncoding == "base64" && $0.disposition != nil })
    }

    func testTheBodyIsPlainTextAndHTMLAlternatives() throws {
        let (mail, raw) = try parsed(try message())
        XCTAssertEqual(mail.parts.map(\.type).prefix(2), ["text/plain", "text/html"])
        XCTAssertEqual(mail.plainBody, "Hej Åsa,\r\nhär är bekräftelsen.\r\n")
        XCTAssertEqual(mail.htmlBody, "<p>Hej Åsa,</p>\r\n")
        XCTAssertTrue(String(decoding: raw, as: UTF8.self).contains("Content-Type: multipart/alternative;"))
        let (htmlOnly, _) = try parsed(try message(textBody: nil))
        XCTAssertEqual(htmlOnly.parts.first?.type, "text/html")
        XCTAssertNil(htmlOnly.plainBody)
    }

    func testTheSameMessageGivesTheSameBytes() throws {
        XCTAssertEqual(try message().bytes, try message().bytes)
    }
}
