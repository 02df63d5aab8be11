import Foundation
import NorthwindDemo
import QuoteDocuments
import QuoteModel
import QuoteStore
import StorageInterface
import XCTest

/// A field the field configuration hides merges as blank in every document, without a template
/// change; the standard templates still render, and their UBL still validates, whatever is hidden.
final class HiddenFieldDocumentTests: XCTestCase {
    nonisolated(unsafe) static var database: QuoteDatabase?
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")
    /// Northwind orders with line discounts and several VAT-free lines: 10250 has discounted lines.
    static let quotes = ["10248", "10250"]

    func northwind() throws -> QuoteDatabase {
        if let database = Self.database { return database }
        let database = try QuoteDatabase.inMemory()
        try NorthwindImport.run(into: database)
        Self.database = database
        return database
    }

    func render(_ source: DocumentSource, fields: FieldConfiguration, kind: DocumentKind, formats: [DocumentFormat], override: URL? = nil) throws -> [String] {
        let renderer = DocumentRenderer(library: try TemplateLibrary(folder: Self.templates))
        // The renderer validates the UBL against the schema and throws when it is invalid.
        return try renderer.render(
            source.detail, ownCompany: source.ownCompany, images: source.images, stock: source.stock, fields: fields,
            options: DocumentOptions(kind: kind, issueDate: LocalDate("2026-11-26")!), formats: formats, templateOverride: override
        ).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    func testEveryHideableFieldHiddenStillRendersBothKindsAndValidUBL() throws {
        for number in Self.quotes {
            let source = try northwind().documentSource(quoteNumber: number)
            var everything = FieldConfiguration.standard
            for field in ProductField.allCases where field.canBeHidden {
                var configuration = FieldConfiguration.standard
                try configuration.setShown(field, false)
                try everything.setShown(field, false)
                for kind in [DocumentKind.proposal, .orderConfirmation] {
                    XCTAssertNoThrow(try render(source, fields: configuration, kind: kind, formats: [.html, .xml]), "\(number) \(kind) without \(field.name)")
                }
            }
            for kind in [DocumentKind.proposal, .orderConfirmation] {
                XCTAssertNoThrow(try render(source, fields: everything, kind: kind, formats: [.html, .xml]), "\(number) \(kind) with every hideable field hidden")
            }
        }
    }

    func testAHiddenListPriceAndVATLeaveTheirUBLElementsOutAndTheHTMLCells() throws {
        let source = try northwind().documentSource(quoteNumber: "10248")
        let line = try XCTUnwrap(source.detail.version.alternatives.first?.lines.first)
        let shown = try render(source, fields: .standard, kind: .orderConfirmation, formats: [.html, .xml])
        XCTAssertTrue(shown[1].contains("<cac:Price>"))
        XCTAssertTrue(shown[1].contains("<cbc:Percent>"))
        let priceCell = "<td class=\"num\" data-figure=\"unitPrice\">$\(try line.unitListPrice.rounded(scale: 2).description)</td>"
        XCTAssertTrue(shown[0].contains(priceCell), "the HTML shows the unit price \(line.unitListPrice)")
        XCTAssertTrue(shown[0].contains(">Unit price<"))

        var configuration = FieldConfiguration.standard
        try configuration.setShown(.unitListPrice, false)
        try configuration.setShown(.vatPercent, false)
        let hidden = try render(source, fields: configuration, kind: .orderConfirmation, formats: [.html, .xml])
        XCTAssertFalse(hidden[1].contains("<cac:Price>"), hidden[1])
        XCTAssertFalse(hidden[1].contains("<cac:ClassifiedTaxCategory>\n          <cbc:ID>"), hidden[1])
        XCTAssertFalse(hidden[0].contains(priceCell), "the unit price is gone from the HTML")
        XCTAssertTrue(hidden[0].contains("<td class=\"num\" data-figure=\"unitPrice\"></td>"), "its cell is blank")
        XCTAssertFalse(hidden[0].contains(">Unit price<"), "a hidden field's column heading is blank")
    }

    func testHiddenFieldsMergeAsBlankAndConfiguredLabelsHeadTheColumns() throws {
        let database = try northwind()
        let source = try database.documentSource(quoteNumber: "10248")
        let lines = try XCTUnwrap(source.detail.version.alternatives.first?.lines)
        let productIds = Set(lines.compactMap(\.productId))
        let stock = Dictionary(uniqueKeysWithValues: try database.products().filter { productIds.contains($0.id!) }.compactMap { product in
            product.stock.map { (product.id!, $0) }
        })
        XCTAssertFalse(stock.isEmpty)
        XCTAssertEqual(source.stock, stock, "the document source carries the products' stock")
        let batch = try XCTUnwrap(database.documentSources(quoteNumbers: ["10248"])["10248"]).get()
        XCTAssertEqual(batch.stock, stock, "and so does the batch's")
        XCTAssertEqual(batch.fields, source.fields)

        let template = folder().appendingPathComponent("probe.html")
        try """
            {% for line in favourite.lines %}[{{ line.code }}|{{ line.stock | number }}|{% if line.stock %}in stock{% endif %}|{{ line.discountPercent }}]{% endfor %}\
            <h>{{ labels.code }}/{{ labels.unitPrice }}</h>
            """.write(to: template, atomically: true, encoding: .utf8)
        let shown = try render(source, fields: .standard, kind: .proposal, formats: [.html], override: template)[0]
        let first = try XCTUnwrap(lines.first)
        XCTAssertTrue(shown.contains("[\(first.code)|"), shown)
        XCTAssertTrue(shown.contains("in stock"), shown)
        XCTAssertTrue(shown.contains("<h>Code/Unit price</h>"), shown)

        var configuration = FieldConfiguration.standard
        try configuration.setShown(.code, false)
        try configuration.setShown(.stock, false)
        try configuration.setShown(.discountPercent, false)
        try configuration.setLabel(.unitListPrice, "Price each", language: "en")
        let hidden = try render(source, fields: configuration, kind: .proposal, formats: [.html], override: template)[0]
        XCTAssertTrue(hidden.hasPrefix(String(repeating: "[|||]", count: lines.count)), hidden)
        XCTAssertTrue(hidden.contains("<h>/Price each</h>"), hidden)
    }

    private func folder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-hidden-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
