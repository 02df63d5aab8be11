import Foundation
import GRDB
import QuoteModel
import QuoteStore
import XCTest

/// `send --email` and `order --email`: a message from the sale's owner to the contact, in the
/// document's culture, carrying every document, read back by Python's `email` package.
final class EmailCommandTests: LifecycleTestCase {
    /// The message and the archived documents of the latest send or order of `quote`.
    private func mail(ofQuote quote: String) throws -> (message: ParsedMail, raw: Data, documents: [Document]) {
        let documents = try documents(ofQuote: quote)
        let eml = try XCTUnwrap(documents.last { $0.format == .eml }, "no .eml archived for quote \(quote)")
        let url = URL(fileURLWithPath: eml.path)
        return (try ParsedMail.parse(url), try Data(contentsOf: url), documents.filter { $0.activityId == eml.activityId })
    }

    /// Asserts the message carries exactly `documents` but the .eml, each under its file name and
    /// media type, with the archived file's bytes.
    private func assertAttachments(_ message: ParsedMail, are documents: [Document], types: [String: String], file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = documents.filter { $0.format != .eml }
        XCTAssertEqual(message.attachments.count, expected.count, "\(message.attachments.map(\.fileName))", file: file, line: line)
        for document in expected {
            let name = URL(fileURLWithPath: document.path).lastPathComponent
            let attachment = try XCTUnwrap(message.attachments.first { $0.fileName == name }, "\(name) is not attached", file: file, line: line)
            XCTAssertEqual(attachment.type, types[name.components(separatedBy: ".").last!], name, file: file, line: line)
            XCTAssertEqual(attachment.transferEncoding, "base64", file: file, line: line)
            XCTAssertEqual(attachment.sha256, document.sha256, "the attached \(name) is the archived file", file: file, line: line)
            XCTAssertEqual(attachment.sha256, try Self.sha256(of: URL(fileURLWithPath: document.path)), file: file, line: line)
        }
    }

    private func setEmail(_ table: String, to email: String) throws {
        try database().write { db in try db.execute(sql: "UPDATE \(table) SET email = ?", arguments: [email]) }
    }

    func testSendEmailGoesFromTheOwnerToTheContactWithEveryDocument() throws {
        let detail = try database().quote(number: "11019")
        let contact = try XCTUnwrap(detail.person)
        XCTAssertFalse(contact.email.isEmpty, "the demo's contacts have e-mail addresses")
        try succeed(["send", "11019", "--email", "--pdf"] + documentOptions)

        let (message, raw, documents) = try mail(ofQuote: "11019")
        XCTAssertEqual(message.defects, [])
        ParsedMail.assertRawForm(raw)
        XCTAssertEqual(message.to, [.init(name: contact.fullName, address: contact.email)])
        XCTAssertEqual(message.from, [.init(name: detail.owner.name, address: detail.owner.email)])
        XCTAssertEqual(message.subject, "Proposal 11019-1 – Northwind Traders")
        XCTAssertEqual(message.mimeVersion, "1.0")
        XCTAssertEqual(message.contentType, "multipart/mixed")
        XCTAssertTrue(message.messageID.hasPrefix("<") && message.messageID.hasSuffix("@northwind.example>"), message.messageID)
        XCTAssertFalse(message.date.isEmpty)
        XCTAssertEqual(Set(documents.map(\.format)), [.html, .xml, .pdf, .eml])
        try assertAttachments(message, are: documents, types: ["html": "text/html", "xml": "application/xml", "pdf": "application/pdf"])
        XCTAssertEqual(message.attachments.first { $0.type == "text/html" }?.charset, "utf-8")
        // The body, in plain text and HTML, greets the contact.
        XCTAssertEqual(message.parts.prefix(2).map(\.type), ["text/plain", "text/html"])
        XCTAssertTrue(try XCTUnwrap(message.plainBody).contains("Dear \(contact.fullName),"), message.plainBody ?? "")
        XCTAssertTrue(try XCTUnwrap(message.htmlBody).contains("Dear \(contact.fullName),"))
        try succeed(["document", "verify"])
    }

    func testTheVersionsIncludedAttachmentsGoOutInTheMailUnderTheirNames() throws {
        let terms = folder.appendingPathComponent("terms.pdf")
        try Data("%PDF-1.4 villkor".utf8).write(to: terms)
        try succeed(["attachment", "add", "11040", terms.path, "--name", "Allmänna villkor för leverans och betalning från Northwind Traders 2026.pdf"])
        try succeed(["send", "11040", "--email"] + documentOptions)

        let (message, raw, documents) = try mail(ofQuote: "11040")
        XCTAssertEqual(message.defects, [])
        ParsedMail.assertRawForm(raw)
        XCTAssertEqual(Set(documents.map(\.format)), [.html, .xml, .attachment, .eml])
        try assertAttachments(message, are: documents, types: ["html": "text/html", "xml": "application/xml", "pdf": "application/pdf"])
        XCTAssertTrue(
            message.attachments.contains { $0.fileName == "11040-v1-attachment-Allmänna villkor för leverans och betalning från Northwind Traders 2026.pdf" },
            "\(message.attachments.map(\.fileName))")
        try succeed(["document", "verify"])
    }

    func testSwedishMailHasItsSubjectAndNamesEncodedAndReadBack() throws {
        // 11071: LILA-Supermercado, contact Carlos González; the owner gets a Swedish name.
        try database().write { db in try db.execute(sql: "UPDATE associate SET name = 'Åsa Söderström'") }
        try succeed(["send", "11071", "--email", "--lang", "sv-SE"] + documentOptions)

        let (message, raw, documents) = try mail(ofQuote: "11071")
        XCTAssertEqual(message.defects, [])
        ParsedMail.assertRawForm(raw)
        XCTAssertEqual(message.subject, "Offert 11071-1 – Northwind Traders")
        XCTAssertEqual(message.to.first?.name, "Carlos González")
        XCTAssertEqual(message.from.first?.name, "Åsa Söderström")
        XCTAssertTrue(String(decoding: raw, as: UTF8.self).contains("\r\nSubject: =?utf-8?B?"))
        XCTAssertTrue(try XCTUnwrap(message.plainBody).hasPrefix("Hej Carlos González,"), message.plainBody ?? "")
        XCTAssertTrue(try XCTUnwrap(message.plainBody).contains("Med vänliga hälsningar,\r\nÅsa Söderström"), message.plainBody ?? "")
        try assertAttachments(message, are: documents, types: ["html": "text/html", "xml": "application/xml"])
    }

    func testAContactWithoutAnAddressIsRefusedBeforeAnythingHappens() throws {
        try setEmail("person", to: "")
        let contact = try XCTUnwrap(try database().quote(number: "11019").person)
        let run = try fail(["send", "11019", "--email"] + documentOptions)
        XCTAssertTrue(run.stderr.contains("contact \(contact.fullName) of Rancho grande has no e-mail address"), run.stderr)
        XCTAssertTrue(run.stderr.contains("Hint: give the address with --to ADDRESS"), run.stderr)
        XCTAssertEqual(try activeVersion("11019").state, .draft)
        XCTAssertEqual(try documents(ofQuote: "11019"), [])
        XCTAssertEqual(files(inSale: try database().quote(number: "11019").sale.number), [])
    }

    func testASaleWithoutAContactIsRefusedNamingTheCompany() throws {
        try database().write { db in try db.execute(sql: "UPDATE sale SET personId = NULL") }
        let run = try fail(["order", "11019", "--alternative", "Standard", "--email"] + documentOptions)
        XCTAssertTrue(run.stderr.contains("(Rancho grande) has no contact person"), run.stderr)
        XCTAssertTrue(run.stderr.contains("--to ADDRESS"), run.stderr)
        XCTAssertFalse(try database().quote(number: "11019").quote.isOrdered)
        XCTAssertEqual(try documents(ofQuote: "11019"), [])
    }

    func testToSuppliesTheMissingAddressUnderTheContactsName() throws {
        try setEmail("person", to: "")
        let contact = try XCTUnwrap(try database().quote(number: "11019").person)
        try succeed(["send", "11019", "--email", "--to", "buyer@ranch.example"] + documentOptions)
        XCTAssertEqual(try mail(ofQuote: "11019").message.to, [.init(name: contact.fullName, address: "buyer@ranch.example")])
    }

    func testToOverridesTheContactWithANameOrABareAddress() throws {
        try succeed(["send", "11019", "--email", "--to", "Inköp, Rancho <purchasing@ranch.example>"] + documentOptions)
        XCTAssertEqual(try mail(ofQuote: "11019").message.to, [.init(name: "Inköp, Rancho", address: "purchasing@ranch.example")])
        try succeed(["send", "11040", "--email", "--to", "purchasing@greal.example"] + documentOptions)
        XCTAssertEqual(try mail(ofQuote: "11040").message.to, [.init(name: "", address: "purchasing@greal.example")])
    }

    func testAnInvalidToIsAClearErrorAndToNeedsEmail() throws {
        let run = try fail(["send", "11019", "--email", "--to", "buyer at ranch"] + documentOptions)
        XCTAssertTrue(run.stderr.contains("the recipient 'buyer at ranch' is not an e-mail address"), run.stderr)
        XCTAssertEqual(try activeVersion("11019").state, .draft)
        let usage = try quotedoc(["send", "11019", "--to", "buyer@ranch.example"] + documentOptions)
        XCTAssertEqual(usage.status, 64)
        XCTAssertTrue(usage.stderr.contains("--to is the e-mail's recipient: give it with --email"), usage.stderr)
    }

    func testTheSenderIsOurCompanyWhenTheOwnerHasNoAddressAndNeitherIsAnError() throws {
        try setEmail("associate", to: "")
        try succeed(["send", "11019", "--email"] + documentOptions)
        XCTAssertEqual(try mail(ofQuote: "11019").message.from, [.init(name: "Northwind Traders", address: "sales@northwind.example")])

        try setEmail("ownCompany", to: "")
        let run = try fail(["send", "11040", "--email"] + documentOptions)
        XCTAssertTrue(run.stderr.contains("has no sender: neither"), run.stderr)
        XCTAssertTrue(run.stderr.contains("quotedoc company own edit --email ADDRESS"), run.stderr)
        XCTAssertEqual(try activeVersion("11040").state, .draft)
    }

    func testOrderEmailConfirmsInSwedishWithTheConfirmationAttachedAndArchived() throws {
        let detail = try database().quote(number: "11019")
        let contact = try XCTUnwrap(detail.person)
        try succeed(["order", "11019", "--alternative", "Standard", "--po", "PO-4711", "--email", "--lang", "sv-SE"] + documentOptions)

        let (message, raw, documents) = try mail(ofQuote: "11019")
        XCTAssertEqual(message.defects, [])
        ParsedMail.assertRawForm(raw)
        XCTAssertEqual(message.subject, "Orderbekräftelse 11019 (ert ordernummer PO-4711) – Northwind Traders")
        XCTAssertEqual(message.to, [.init(name: contact.fullName, address: contact.email)])
        XCTAssertEqual(message.from, [.init(name: detail.owner.name, address: detail.owner.email)])
        XCTAssertEqual(Set(documents.map(\.format)), [.html, .xml, .eml])
        XCTAssertTrue(documents.allSatisfy { $0.kind == .orderConfirmation })
        try assertAttachments(message, are: documents, types: ["html": "text/html", "xml": "application/xml"])
        XCTAssertEqual(Set(message.attachments.compactMap(\.fileName)), ["11019-v1-order-confirmation.html", "11019-v1-order-confirmation.xml"])
        XCTAssertTrue(try XCTUnwrap(message.plainBody).contains("Ert ordernummer: PO-4711"), message.plainBody ?? "")
        XCTAssertTrue(try XCTUnwrap(message.htmlBody).contains("Orderbekräftelse 11019"))
        try succeed(["document", "verify"])
    }
}
