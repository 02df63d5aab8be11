import Foundation
import NorthwindDemo
import QuoteDocuments
import QuoteModel
import QuoteStore
import StorageInterface
import XCTest

/// The UBL documents carry exactly the stored figures: rendered for real Northwind quotes and read
/// back with XPath, every total and every line amount equals what the pricing engine stored.
final class UBLFidelityTests: XCTestCase {
    nonisolated(unsafe) static var database: QuoteDatabase?
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")
    let namespaces = [
        "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        "q": "urn:oasis:names:specification:ubl:schema:xsd:Quotation-2",
        "o": "urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2",
    ]

    func northwind() throws -> QuoteDatabase {
        if let database = Self.database { return database }
        let database = try QuoteDatabase.inMemory()
        try NorthwindImport.run(into: database)
        Self.database = database
        return database
    }

    func xml(_ quote: String, _ kind: DocumentKind) throws -> (XMLDocument, QuoteDetail) {
        let source = try northwind().documentSource(quoteNumber: quote)
        let renderer = DocumentRenderer(library: try TemplateLibrary(folder: Self.templates))
        let documents = try renderer.render(
            source.detail, ownCompany: source.ownCompany, images: source.images,
            options: DocumentOptions(kind: kind, issueDate: LocalDate("2026-11-26")!), formats: [.xml])
        return (try XMLDocument(text: String(decoding: documents[0].bytes, as: UTF8.self)), source.detail)
    }

    func testOrderResponsesCarryTheStoredTotalsAndLineAmounts() throws {
        for quote in ["10248", "10250", "10260", "10702", "11000"] {
            let (document, detail) = try xml(quote, .orderConfirmation)
            let alternative = try XCTUnwrap(detail.version.alternatives.first).alternative
            XCTAssertEqual(try document.strings("/o:OrderResponse/cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces: namespaces), [try alternative.totalPriceIncVAT.description], quote)
            XCTAssertEqual(try document.strings("/o:OrderResponse/cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount", namespaces: namespaces), [alternative.totalPrice.description], quote)
            XCTAssertEqual(try document.strings("/o:OrderResponse/cac:LegalMonetaryTotal/cbc:LineExtensionAmount", namespaces: namespaces), [alternative.subTotal.description], quote)
            let lineAmounts = try document.strings("//cac:OrderLine/cac:LineItem/cbc:LineExtensionAmount", namespaces: namespaces)
            XCTAssertEqual(lineAmounts, detail.version.alternatives[0].lines.map(\.totalPrice.description), quote)
            let sum = try lineAmounts.sum { ExactDecimal($0)! }
            XCTAssertEqual(sum, alternative.subTotal, "the printed line amounts add up to the printed subtotal (\(quote))")
        }
    }

    func testQuotationsOfDraftsCarryTheStoredTotals() throws {
        for quote in try northwind().quotes(state: .draft).prefix(5).map(\.number) {
            let (document, detail) = try xml(quote, .proposal)
            let favourite = try XCTUnwrap(detail.version.favourite).alternative
            XCTAssertEqual(try document.strings("/q:Quotation/cac:QuotedMonetaryTotal/cbc:PayableAmount", namespaces: namespaces), [try favourite.totalPriceIncVAT.description], quote)
            XCTAssertEqual(try document.strings("/q:Quotation/cbc:LineCountNumeric", namespaces: namespaces), [String(detail.version.favourite!.lines.count)], quote)
            XCTAssertEqual(try document.strings("/q:Quotation/cac:TaxTotal/cbc:TaxAmount", namespaces: namespaces), [favourite.vatAmount.description], quote)
        }
    }

    func testAConfirmationNeedsAnOrder() throws {
        let draft = try XCTUnwrap(try northwind().quotes(state: .draft).first).number
        XCTAssertThrowsError(try xml(draft, .orderConfirmation)) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .notApplicable)
        }
    }

    func testHostileProductNamesAreEscapedInTheXML() throws {
        var source = try northwind().documentSource(quoteNumber: "10248")
        source.detail.version.alternatives[0].lines[0].name = "<script>alert(1)</script> & \"quotes\""
        let renderer = DocumentRenderer(library: try TemplateLibrary(folder: Self.templates))
        let document = try renderer.render(
            source.detail, ownCompany: source.ownCompany, images: [:],
            options: DocumentOptions(kind: .orderConfirmation, issueDate: LocalDate("2026-11-26")!), formats: [.xml])[0]
        let text = String(decoding: document.bytes, as: UTF8.self)
        XCTAssertFalse(text.contains("<script>"))
        XCTAssertTrue(text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        let parsed = try XMLDocument(text: text)
        XCTAssertEqual(try parsed.strings("(//cac:Item/cbc:Name)[1]", namespaces: namespaces), ["<script>alert(1)</script> & \"quotes\""])
    }
}
