import Foundation
import GRDB
import QuoteModel
import QuoteStore
import StorageInterface
import XCTest

@testable import quotedoc

/// `saletype`, `company own` and `settings` end to end: the sale type's templates are the ones
/// `send`, `render`, `order` and `batch` use and archive; our own company is on every document;
/// the settings drive the alternative discount, the follow-up text and the culture.
final class SaleTypeSettingsTests: EditingTestCase {
    /// A copy of the repository's templates with two more: `custom-proposal.html` and
    /// `custom-confirmation.html`, the standard ones with a marker paragraph.
    var templates: URL { folder.appendingPathComponent("Templates", isDirectory: true) }
    var out: URL { folder.appendingPathComponent("Output", isDirectory: true) }
    var documentOptions: [String] { ["--templates", templates.path, "--out", out.path] }

    static let repositoryTemplates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates", isDirectory: true)

    override func setUpWithError() throws {
        try super.setUpWithError()
        try FileManager.default.copyItem(at: Self.repositoryTemplates, to: templates)
        try writeMarkedCopy(of: "proposal.html", as: "custom-proposal.html", marker: "CUSTOM PROPOSAL")
        try writeMarkedCopy(of: "order-confirmation.html", as: "custom-confirmation.html", marker: "CUSTOM CONFIRMATION")
    }

    private func writeMarkedCopy(of name: String, as copy: String, marker: String) throws {
        let source = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
        XCTAssertTrue(source.contains("{% block body %}"), name)
        let marked = source.replacingOccurrences(of: "{% block body %}", with: "{% block body %}<p class=\"marker\">\(marker)</p>")
        try marked.write(to: templates.appendingPathComponent(copy), atomically: true, encoding: .utf8)
    }

    /// Quote S1 with one line, ready to send.
    private func makeSendableQuote() throws {
        try makeQuote()
        try run(["line", "add", "S1", "--product", "W1", "--quantity", "10"])
    }

    private func file(_ name: String) throws -> String {
        try String(contentsOf: out.appendingPathComponent("S1").appendingPathComponent(name), encoding: .utf8)
    }

    private func archived() throws -> [Document] {
        try QuoteDatabase.open(at: path).documents()
    }

    private func saleType() throws -> SaleType {
        try QuoteDatabase.open(at: path).saleType(named: "Single")
    }

    private func settings() throws -> QuoteSettings {
        try QuoteDatabase.open(at: path).snapshot { try $0.settings() }
    }

    private func ownCompany() throws -> OwnCompany {
        try QuoteDatabase.open(at: path).ownCompany()
    }

    // MARK: Sale type templates

    func testSendUsesTheSaleTypesProposalTemplateAndArchivesItsName() throws {
        try makeSendableQuote()
        try run(["saletype", "edit", "Single", "--proposal-template", "custom-proposal"] + documentOptions)
        XCTAssertEqual(try saleType().quoteTemplate, "custom-proposal")
        try run(["send", "S1"] + documentOptions)
        XCTAssertTrue(try file("S1-v1-proposal.html").contains("<p class=\"marker\">CUSTOM PROPOSAL</p>"))
        let documents = try archived()
        XCTAssertEqual(documents.first { $0.format == .html }?.templateName, "custom-proposal.html")
        // No custom-proposal.xml in the folder: the standard UBL template.
        XCTAssertEqual(documents.first { $0.format == .xml }?.templateName, "proposal.xml")
        XCTAssertFalse(try file("S1-v1-proposal.xml").contains("CUSTOM PROPOSAL"))
    }

    func testTheSaleTypesXMLTemplateIsUsedWhenTheFolderHasIt() throws {
        try makeSendableQuote()
        let standard = try String(contentsOf: templates.appendingPathComponent("proposal.xml"), encoding: .utf8)
        try (standard + "<!-- CUSTOM UBL -->\n").write(to: templates.appendingPathComponent("custom-proposal.xml"), atomically: true, encoding: .utf8)
        try run(["saletype", "edit", "Single", "--proposal-template", "custom-proposal.html"] + documentOptions)
        XCTAssertEqual(try saleType().quoteTemplate, "custom-proposal", "stored without its extension")
        try run(["send", "S1"] + documentOptions)
        XCTAssertTrue(try file("S1-v1-proposal.xml").contains("<!-- CUSTOM UBL -->"))
        XCTAssertEqual(try archived().first { $0.format == .xml }?.templateName, "custom-proposal.xml")
    }

    func testRenderUsesTheSaleTypesTemplate() throws {
        try makeSendableQuote()
        try run(["saletype", "edit", "Single", "--proposal-template", "custom-proposal"] + documentOptions)
        let printed = try output(["render", "S1", "--document", "proposal", "--format", "html", "--json"] + documentOptions)
        XCTAssertTrue(printed.contains("\"templateName\" : \"custom-proposal.html\""), printed)
        XCTAssertTrue(try file("S1-v1-proposal.html").contains("CUSTOM PROPOSAL"))
    }

    func testOrderAndBatchUseTheConfirmationTemplate() throws {
        try makeSendableQuote()
        try run(["saletype", "edit", "Single", "--confirmation-template", "custom-confirmation"] + documentOptions)
        try run(["send", "S1"] + documentOptions)
        try run(["order", "place", "S1", "--alternative", "Standard"] + documentOptions)
        XCTAssertTrue(try file("S1-v1-order-confirmation.html").contains("<p class=\"marker\">CUSTOM CONFIRMATION</p>"))
        XCTAssertEqual(try archived().filter { $0.kind == .orderConfirmation && $0.format == .html }.map(\.templateName), ["custom-confirmation.html"])

        // The batch reads the sale type's template too: another one makes a re-issue of its own.
        try writeMarkedCopy(of: "order-confirmation.html", as: "second-confirmation.html", marker: "SECOND CONFIRMATION")
        try run(["saletype", "edit", "Single", "--confirmation-template", "second-confirmation"] + documentOptions)
        try run(["batch", "confirmations", "--quotes", "S1", "--quiet"] + documentOptions)
        let confirmations = try archived().filter { $0.kind == .orderConfirmation && $0.format == .html }
        XCTAssertEqual(confirmations.map(\.templateName), ["custom-confirmation.html", "second-confirmation.html"])
        let reissued = try String(contentsOfFile: try XCTUnwrap(confirmations.last).path, encoding: .utf8)
        XCTAssertTrue(reissued.contains("<p class=\"marker\">SECOND CONFIRMATION</p>"))
    }

    // MARK: Our own company

    func testOurOwnCompanyIsOnEveryDocument() throws {
        try makeSendableQuote()
        try run([
            "company", "own", "edit", "--name", "Fjällbacka Offert AB", "--street", "Storgatan 1", "--postal-code", "457 40",
            "--city", "Fjällbacka", "--country", "SE", "--vat-number", "SE556677889901",
        ])
        try run(["send", "S1"] + documentOptions)
        try run(["order", "place", "S1", "--alternative", "Standard"] + documentOptions)
        let names = ["S1-v1-proposal.html", "S1-v1-proposal.xml", "S1-v1-order-confirmation.html", "S1-v1-order-confirmation.xml"]
        for name in names {
            XCTAssertTrue(try file(name).contains("Fjällbacka Offert AB"), "\(name) names our company")
        }
        for name in names where name.hasSuffix(".xml") {
            XCTAssertTrue(try file(name).contains("<cbc:IdentificationCode>SE</cbc:IdentificationCode>"), name)
        }
        let shown = try output(["company", "own", "show", "--json"])
        XCTAssertTrue(shown.contains("\"name\" : \"Fjällbacka Offert AB\""), shown)
    }

    func testTheLogoIsPrintedInTheHeaderAndCanBeRemoved() throws {
        try makeSendableQuote()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4]
        let logo = folder.appendingPathComponent("logo.bin")
        try Data(png).write(to: logo)
        try run(["company", "own", "edit", "--logo", logo.path])
        XCTAssertEqual(try ownCompany().logo, ProductImage(mediaType: "image/png", bytes: png))
        try run(["render", "S1", "--document", "proposal", "--format", "html"] + documentOptions)
        let html = try file("S1-v1-proposal.html")
        XCTAssertTrue(html.contains("<img class=\"logo\" src=\"data:image/png;base64,\(Data(png).base64EncodedString())\""), html)

        try run(["company", "own", "edit", "--no-logo"])
        XCTAssertNil(try ownCompany().logo)
        try run(["render", "S1", "--document", "proposal", "--format", "html"] + documentOptions)
        XCTAssertFalse(try file("S1-v1-proposal.html").contains("class=\"logo\""))
    }

    func testALogoThatIsNoPictureOrTooLargeIsRefused() throws {
        try makeQuote()
        let before = try ownCompany()
        let text = folder.appendingPathComponent("logo.png")
        try Data("not a picture".utf8).write(to: text)
        XCTAssertEqual(assertFails(["company", "own", "edit", "--name", "Renamed", "--logo", text.path]),
                       "\(text.path) cannot be the logo: the file is not a PNG, JPEG or GIF picture")
        let large = folder.appendingPathComponent("large.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: ProductImage.maximumByteCount)).write(to: large)
        XCTAssertTrue(assertFails(["company", "own", "edit", "--logo", large.path]).contains("at most 1048576 are allowed"))
        XCTAssertEqual(try ownCompany(), before, "nothing changed, not even the name given with the logo")
    }

    func testTheCountryMustBeAnISOCode() throws {
        try makeQuote()
        XCTAssertEqual(assertFails(["company", "own", "edit", "--country", "Sweden"]),
                       "'Sweden' is not an ISO 3166 country code; give two capital letters such as SE, GB or US")
        XCTAssertTrue(assertFails(["company", "own", "edit", "--country", "XX"]).contains("not an ISO 3166 country code"))
        try run(["company", "own", "edit", "--country", "SE"])
        XCTAssertEqual(try ownCompany().address.country, "SE")
        // A country kept from before the rule is refused too once it is given again.
        try QuoteDatabase.open(at: path).write { db in try db.execute(sql: "UPDATE ownCompany SET country = 'USA'") }
        XCTAssertTrue(assertFails(["company", "own", "edit", "--country", "USA"]).contains("'USA' is not an ISO 3166 country code"))
        try run(["company", "own", "edit", "--phone", "+46 8 123 45"])
        XCTAssertEqual(try ownCompany().address.country, "USA", "another change keeps it")
    }

    // MARK: Settings

    func testAlternativeDiscountOffRefusesTheDiscountWithAHint() throws {
        try makeSendableQuote()
        try run(["settings", "set", "--alternative-discount", "off"])
        XCTAssertFalse(try settings().allowsAlternativeDiscount)
        let before = try quote()
        XCTAssertEqual(assertFails(["alternative", "discount", "S1", "Standard", "--percent", "5"]), """
            a discount on an alternative's total is turned off in the settings (use discount on total value)
            Hint: turn it on with `quotedoc settings set --alternative-discount on`, or give the lines their discounts
            """)
        XCTAssertEqual(try quote(), before)
        try run(["settings", "set", "--alternative-discount", "on"])
        try run(["alternative", "discount", "S1", "Standard", "--percent", "5"])
        XCTAssertEqual(try quote().version.alternatives.first?.alternative.discountPercent, 5)
    }

    func testSendingWithAFollowUpUsesTheSettingsTextUnlessOneIsGiven() throws {
        try makeSendableQuote()
        XCTAssertEqual(try settings().followUpText, "Follow up on the quote")
        try run(["settings", "set", "--follow-up-text", "Call Anna about the offer"])
        try run(["send", "S1", "--follow-up", "2026-03-10"] + documentOptions)
        let followUps = try QuoteDatabase.open(at: path).snapshot { try $0.activities(ActivityFilter(quoteNumber: "S1")) }
            .map(\.activity).filter { $0.kind == .followUp }
        XCTAssertEqual(followUps.map(\.text), ["Call Anna about the offer"])

        try run(["version", "new", "S1"])
        try run(["send", "S1", "--follow-up", "2026-03-20", "--follow-up-text", "Ask about the second version"] + documentOptions)
        let texts = try QuoteDatabase.open(at: path).snapshot { try $0.activities(ActivityFilter(quoteNumber: "S1")) }
            .map(\.activity).filter { $0.kind == .followUp }.map(\.text)
        XCTAssertEqual(texts, ["Call Anna about the offer", "Ask about the second version"])
    }

    func testTheCultureIsTheCommandsElseTheSaleTypesElseTheSettings() throws {
        try makeSendableQuote()
        func renderedLanguage(_ extra: [String] = []) throws -> String {
            try run(["render", "S1", "--document", "proposal", "--format", "html"] + extra + documentOptions)
            let html = try file("S1-v1-proposal.html")
            let start = try XCTUnwrap(html.range(of: "<html lang=\""))
            return String(html[start.upperBound...].prefix { $0 != "\"" })
        }
        XCTAssertEqual(try renderedLanguage(), "en")
        try run(["settings", "set", "--default-culture", "de"])
        XCTAssertEqual(try settings().defaultCulture, "de-DE", "stored as the culture's identifier")
        XCTAssertEqual(try renderedLanguage(), "de")
        try run(["saletype", "edit", "Single", "--culture", "sv-SE"])
        XCTAssertEqual(try renderedLanguage(), "sv")
        XCTAssertEqual(try renderedLanguage(["--lang", "fr-FR"]), "fr")
        try run(["saletype", "edit", "Single", "--no-culture"])
        XCTAssertEqual(try renderedLanguage(), "de")
        try run(["settings", "set", "--no-default-culture"])
        XCTAssertEqual(try renderedLanguage(), "en")
        XCTAssertTrue(assertFails(["settings", "set", "--default-culture", "sv-SV"]).contains("unknown culture 'sv-SV'; did you mean 'sv-SE'?"))
    }

    // MARK: Sale type validation

    func testSaleTypeAddCheckesItsRulesTemplatesAndCulture() throws {
        try makeQuote()
        try "{% extends \"layout.html\" %}{% block body %}{{ nosuch.field }}{% endblock %}"
            .write(to: templates.appendingPathComponent("broken.html"), atomically: true, encoding: .utf8)
        let add = ["saletype", "add", "Project"] + documentOptions
        XCTAssertEqual(assertFails(add + ["--validity-days=-1"]), "sale type 'Project': quote validity of -1 days; it must be 0 days or more")
        XCTAssertEqual(assertFails(add + ["--max-discount", "120"]), "sale type 'Project': a maximum discount of 120 %; it must be a percentage from 0 to 100")
        XCTAssertEqual(assertFails(add + ["--min-earning=-1"]), "sale type 'Project': a minimum earning of -1 %; it must be a percentage from 0 to 100")
        XCTAssertEqual(assertFails(add + ["--proposal-template", "missing"]), "no proposal template 'missing.html' in \(templates.path)")
        XCTAssertTrue(assertFails(add + ["--confirmation-template", "broken"]).hasPrefix("the confirmation template broken.html does not compile:\n"))
        XCTAssertTrue(assertFails(add + ["--culture", "xx-YY"]).hasPrefix("unknown culture 'xx-YY'"))
        XCTAssertEqual(assertFails(["saletype", "add", "Single"] + documentOptions), "a sale type named 'Single' exists already")
        XCTAssertEqual(try QuoteDatabase.open(at: path).saleTypes().map(\.name), ["Single", "Standard"], "nothing was added")

        try run(add + ["--validity-days", "14", "--alternatives", "off", "--max-discount", "15", "--min-earning", "20.5",
                       "--proposal-template", "custom-proposal", "--culture", "sv"])
        let listed = try output(["saletype", "list", "--json"])
        XCTAssertTrue(listed.contains("\"name\" : \"Project\""), listed)
        let project = try QuoteDatabase.open(at: path).saleType(named: "Project")
        XCTAssertEqual(project, SaleType(
            id: project.id, name: "Project", quoteValidityDays: 14, allowsAlternatives: false, maxDiscountPercent: 15, minEarningPercent: ExactDecimal("20.5"),
            quoteTemplate: "custom-proposal", confirmationTemplate: "order-confirmation", defaultCulture: "sv-SE"))
    }

    func testSaleTypeEditChecksWhatChangesAndKeepsTheRest() throws {
        try makeQuote()
        let before = try saleType()
        XCTAssertEqual(assertFails(["saletype", "edit", "Single", "--max-discount", "100.01"]),
                       "sale type 'Single': a maximum discount of 100.01 %; it must be a percentage from 0 to 100")
        XCTAssertEqual(assertFails(["saletype", "edit", "Single", "--confirmation-template", "nowhere"] + documentOptions),
                       "no confirmation template 'nowhere.html' in \(templates.path)")
        XCTAssertEqual(assertFails(["saletype", "edit", "Single", "--name", "Standard"]), "a sale type named 'Standard' exists already")
        XCTAssertEqual(assertFails(["saletype", "edit", "Nothing", "--validity-days", "3"]), "no sale type 'Nothing'")
        XCTAssertEqual(try saleType(), before, "nothing changed")

        // Without a template option the templates folder is not needed.
        try run(["saletype", "edit", "Single", "--validity-days", "0", "--name", "Single item"])
        let edited = try QuoteDatabase.open(at: path).saleType(named: "Single item")
        XCTAssertEqual(edited.quoteValidityDays, 0)
        XCTAssertEqual(edited.quoteTemplate, before.quoteTemplate)
        XCTAssertEqual(edited.maxDiscountPercent, before.maxDiscountPercent)
    }
}
