import Foundation
import XCTest

@testable import QuoteDocuments

/// The header encodings of the `.eml`: RFC 5322 folding, RFC 2047 encoded words, quoted display
/// names and RFC 2231 parameters.
final class MailHeaderTests: XCTestCase {
    let longSwedish = "Orderbekräftelse 10248 (ert ordernummer PO-4711) – Berglunds snabbköp, Luleå – Åkergatan 24, Bräcke – Ölandsvägen"

    func testShortNonASCIISubjectIsOneEncodedWord() {
        XCTAssertEqual(MailHeader.unstructured("Subject", "Offert 11019 – Åsa"), "Subject: =?utf-8?B?\(Data("Offert 11019 – Åsa".utf8).base64EncodedString())?=")
    }

    func testLongNonASCIISubjectIsSeveralEncodedWordsOnLinesOf78() throws {
        let field = MailHeader.unstructured("Subject", longSwedish)
        let lines = field.components(separatedBy: "\r\n")
        XCTAssertGreaterThan(lines.count, 2, field)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 78 }, field)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix(" =?utf-8?B?") }, field)
        let words = field.dropFirst("Subject:".count).split(whereSeparator: { $0 == " " || $0 == "\r\n" }).map(String.init)
        XCTAssertTrue(words.allSatisfy { $0.count <= 75 }, "\(words)")
        // Each word decodes by itself to whole characters, and together they give the subject.
        let parts = try words.map { word in try XCTUnwrap(String(bytes: try Self.decoded(word), encoding: .utf8), "\(word) splits a character") }
        XCTAssertEqual(parts.joined(), longSwedish)
    }

    func testLongASCIISubjectFoldsAtSpacesAndUnfoldsToItself() {
        let subject = "Proposal 11019-v1 for Rancho grande, Av. del Libertador 900, Buenos Aires – no, only ASCII here: quotes for the whole year"
            .replacingOccurrences(of: "–", with: "-")
        let field = MailHeader.unstructured("Subject", subject)
        XCTAssertTrue(field.components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 }, field)
        XCTAssertGreaterThan(field.components(separatedBy: "\r\n").count, 1)
        XCTAssertEqual(field.replacingOccurrences(of: "\r\n", with: ""), "Subject: " + subject)
    }

    func testSubjectLineBreaksBecomeSpacesAndLookalikeEncodedWordsAreEncoded() throws {
        XCTAssertEqual(MailHeader.unstructured("Subject", "Proposal\n  11019\r\n"), "Subject: Proposal 11019")
        let field = MailHeader.unstructured("Subject", "=?utf-8?Q?x?=")
        XCTAssertEqual(String(bytes: try Self.decoded(String(field.dropFirst("Subject: ".count))), encoding: .utf8), "=?utf-8?Q?x?=")
    }

    func testDisplayNamesAreAtomsQuotedOrEncoded() throws {
        XCTAssertEqual(MailHeader.address("From", try MailAddress(name: "Ann Smith", address: "ann@northwind.example")), "From: Ann Smith <ann@northwind.example>")
        XCTAssertEqual(MailHeader.address("To", try MailAddress(name: "Lind, Erika", address: "e@acme.example")), "To: \"Lind, Erika\" <e@acme.example>")
        XCTAssertEqual(MailHeader.address("To", try MailAddress(name: "A. \"Bo\" \\ Ek", address: "e@acme.example")), "To: \"A. \\\"Bo\\\" \\\\ Ek\" <e@acme.example>")
        XCTAssertEqual(MailHeader.address("To", try MailAddress(name: "", address: "e@acme.example")), "To: e@acme.example")
        XCTAssertEqual(
            MailHeader.address("To", try MailAddress(name: "Åsa Ström", address: "asa@bergs.example")),
            "To: =?utf-8?B?\(Data("Åsa Ström".utf8).base64EncodedString())?= <asa@bergs.example>")
    }

    func testLongNonASCIIDisplayNameIsSplitIntoWordsAndFolded() throws {
        let name = "Åsa-Britt Östergård-Söderström, Inköpsavdelningen Berglunds snabbköp"
        let field = MailHeader.address("To", try MailAddress(name: name, address: "asa-britt.ostergard@bergs.example"))
        let lines = field.components(separatedBy: "\r\n")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 78 }, field)
        XCTAssertTrue(lines.last!.hasSuffix(" <asa-britt.ostergard@bergs.example>"), field)
        let words = field.dropFirst("To:".count).split(whereSeparator: { $0 == " " || $0 == "\r\n" }).map(String.init).dropLast()
        XCTAssertGreaterThan(words.count, 1)
        XCTAssertTrue(words.allSatisfy { $0.count <= 75 })
        XCTAssertEqual(String(bytes: try words.flatMap(Self.decoded), encoding: .utf8), name)
    }

    func testAnEncodedWordEndsBeforeASpaceWhenItCan() throws {
        let words = MailHeader.encodedWords("Åsa Söderström-Ångermanälvsdalen Karlsson-Öberg", firstLimit: 72)
        XCTAssertEqual(try words.map { String(decoding: try Self.decoded($0), as: UTF8.self) }, ["Åsa Söderström-Ångermanälvsdalen", " Karlsson-Öberg"])
        let unbroken = MailHeader.encodedWords(String(repeating: "ö", count: 40))
        XCTAssertEqual(try unbroken.map { String(decoding: try Self.decoded($0), as: UTF8.self) }, [String(repeating: "ö", count: 22), String(repeating: "ö", count: 18)])
    }

    func testASCIIFileNameIsOneQuotedParameter() {
        XCTAssertEqual(MailHeader.parameter("filename", "11019-v1-proposal.html"), ["filename=\"11019-v1-proposal.html\""])
        XCTAssertEqual(MailHeader.parameter("filename", "say \"hi\".txt"), ["filename=\"say \\\"hi\\\".txt\""])
    }

    func testNonASCIIFileNameIsRFC2231WithAnASCIIFallbackAfterIt() {
        XCTAssertEqual(
            MailHeader.parameter("filename", "Villkor för leverans.pdf"),
            ["filename*=utf-8''Villkor%20f%C3%B6r%20leverans.pdf", "filename=\"Villkor for leverans.pdf\""])
    }

    func testLongNonASCIIFileNameIsContinuedWithoutSplittingAnEscape() throws {
        let name = "Allmänna leveransvillkor för Northwind Traders – gäller från 1 januari 2026 – svensk översättning.pdf"
        let pieces = MailHeader.parameter("filename", name)
        XCTAssertGreaterThan(pieces.count, 2, "\(pieces)")
        XCTAssertTrue(pieces.allSatisfy { $0.count <= 76 }, "\(pieces)")
        XCTAssertTrue(pieces[0].hasPrefix("filename*0*=utf-8''"))
        XCTAssertTrue(pieces[1].hasPrefix("filename*1*="))
        let fallback = try XCTUnwrap(pieces.last)
        XCTAssertTrue(fallback.hasPrefix("filename=\"Allmanna leveransvillkor for"), fallback)
        XCTAssertTrue(fallback.hasSuffix(".pdf\""), fallback)
        let encoded = pieces.dropLast().map { $0[$0.index(after: $0.firstIndex(of: "=")!)...] }.joined().dropFirst("utf-8''".count)
        XCTAssertEqual(encoded.removingPercentEncoding, name)
    }

    func testLongASCIIFileNameIsContinued() {
        let name = String(repeating: "terms-and-conditions-", count: 5) + "2026.pdf"
        let pieces = MailHeader.parameter("filename", name)
        XCTAssertTrue(pieces.allSatisfy { $0.count <= 76 }, "\(pieces)")
        XCTAssertEqual(pieces.first?.hasPrefix("filename*0=\""), true)
        XCTAssertEqual(pieces.map { $0.split(separator: "=", maxSplits: 1)[1].dropFirst().dropLast() }.joined(), name)
    }

    func testASCIIFallbackDropsAccentsAndReplacesTheRest() {
        XCTAssertEqual(MailHeader.asciiFallback("Prisöversikt Ærø – Ångström.pdf"), "Prisoversikt _r_ _ Angstrom.pdf")
        XCTAssertEqual(MailHeader.asciiFallback("ååååååååååååå.pdf", maxLength: 10), "aaaaaa.pdf")
    }

    /// The bytes of an RFC 2047 `B` encoded word.
    static func decoded(_ word: String) throws -> [UInt8] {
        XCTAssertTrue(word.hasPrefix("=?utf-8?B?") && word.hasSuffix("?="), word)
        return Array(try XCTUnwrap(Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))))
    }
}
