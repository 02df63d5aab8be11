import Foundation
import XCTest

@testable import QuoteDocuments

/// Shapes of valid documents kept in a file between runs (``KeptShapes``), and a schema's
/// checking by shape taking them up (``SchemaShapes``).
final class KeptShapesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kept-shapes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    func testShapesKeptByOneRunDecideTheNextRunsDocumentsWithoutTheSchema() throws {
        let schema = try UBLSchemas.orderResponse()
        let sample = try UBLSamples.orderResponseForShapes()
        try check(sample, in: schema)
        XCTAssertTrue(FileManager.default.fileExists(atPath: KeptShapes.url(in: folder, mainFile: schema.path).path))

        // A later run: the same elements with other values are decided by shape, the schema untouched.
        let later = newRun(of: schema)
        XCTAssertTrue(later.loadKept())
        var fullChecks = 0
        let other = sample.replacingOccurrences(of: "Queso Cabrales", with: "Gorgonzola Telino").replacingOccurrences(of: "440.00", with: "17.25")
        try later.validate(Array(other.utf8)) { () throws(XMLError) in fullChecks += 1 }
        XCTAssertEqual(fullChecks, 0)
        XCTAssertEqual(later.documentsDecided, 1)

        // An invalid document is still validated in full, with libxml2's messages.
        let invalid = sample.replacingOccurrences(of: ">440.00<", with: ">abc<")
        XCTAssertThrowsError(try later.validate(Array(invalid.utf8)) { () throws(XMLError) in
            fullChecks += 1
            try schema.validate(XMLDocument(text: invalid))
        }) { error in
            XCTAssertTrue("\(error)".contains("'abc' is not a valid value"), "\(error)")
        }
        XCTAssertEqual(fullChecks, 1)
    }

    func testTheHostileCorpusGetsTheSameVerdictsFromKeptShapesAsInFull() throws {
        let schema = try UBLSchemas.orderResponse()
        let sample = try UBLSamples.orderResponseForShapes()
        try check(sample, in: schema)
        let later = newRun(of: schema)
        XCTAssertTrue(later.loadKept())
        let mutations = [
            (">440.00<", "><"), (">168.00<", ">abc<"), (">14.00<", ">14,00<"), ("1996-08-01", "2027-02-29"), ("1996-08-01", "01.08.1996"),
            ("<cbc:PayableAmount currencyID=\"USD\">", "<cbc:PayableAmount>"), ("<cbc:Name>Northwind Traders</cbc:Name>", ""),
            ("<cbc:Note>", "<cbc:Bogus/><cbc:Note>"), ("</cac:Delivery>", "</cac:Delivered>"),
            ("<cbc:Note>", "<cbc:Note xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"cbc:AmountType\">"),
        ]
        for (old, new) in mutations {
            let text = sample.replacingOccurrences(of: old, with: new)
            XCTAssertNotEqual(text, sample, old)
            let bytes = Array(text.utf8)
            let full = UBLSamples.verdict { () throws(XMLError) in try schema.validate(bytes, fileName: "hostile.xml", validation: .full) }
            let kept = UBLSamples.verdict { () throws(XMLError) in
                try later.validate(bytes) { () throws(XMLError) in try schema.validate(XMLDocument(bytes: bytes, fileName: "hostile.xml")) }
            }
            XCTAssertNotNil(full, new)
            XCTAssertEqual(kept, full, new)
        }
    }

    func testKeptShapesHoldNoTextOfADocument() throws {
        let schema = try UBLSchemas.orderResponse()
        // A note with two spaces is kept as written in its shape: that shape is not kept in the file.
        let text = try UBLSamples.orderResponseForShapes().replacingOccurrences(of: "Thank you for your order.", with: "Thank  you, Señor Zyxwvut.")
        try check(text, in: schema)
        let file = try Data(contentsOf: KeptShapes.url(in: folder, mainFile: schema.path))
        XCTAssertNil(file.range(of: Data("Zyxwvut".utf8)))
        XCTAssertNil(file.range(of: Data("Northwind".utf8)), "no value at all, only names and tokens")

        let later = newRun(of: schema)
        var fullChecks = 0
        try later.validate(Array(text.utf8)) { () throws(XMLError) in fullChecks += 1 }
        XCTAssertEqual(fullChecks, 1, "the note's shape was not kept, so the document is checked in full")
    }

    func testTheFileRoundTripsAndIsIgnoredOnceDamagedOrItsSchemaChanged() throws {
        let schemaFile = folder.appendingPathComponent("note.xsd")
        try """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
              <xs:element name="Note" type="Note"/>
              <xs:complexType name="Note"><xs:sequence><xs:element ref="Total"/></xs:sequence><xs:attribute name="on" type="xs:date"/></xs:complexType>
              <xs:element name="Total" type="xs:decimal"/>
            </xs:schema>
            """.write(to: schemaFile, atomically: true, encoding: .utf8)
        let rules = try XCTUnwrap(ShapeRules(schemaAt: schemaFile.path))
        let shapes: [[UInt8]] = [[1, 2, 3], [], Array("shape".utf8)]
        let url = KeptShapes.url(in: folder, mainFile: schemaFile.path)
        XCTAssertTrue(KeptShapes.write(rules: rules, shapes: shapes, to: url))
        XCTAssertEqual(KeptShapes.read(from: url, mainFile: schemaFile.path), KeptShapes(rules: rules, shapes: shapes))
        XCTAssertNil(KeptShapes.read(from: url, mainFile: folder.appendingPathComponent("other.xsd").path), "another schema's")

        // Any byte changed: the checksum no longer matches.
        let good = try Data(contentsOf: url)
        for offset in [0, good.count / 2, good.count - 1] {
            var damaged = good
            damaged[offset] ^= 0x01
            try damaged.write(to: url)
            XCTAssertNil(KeptShapes.read(from: url, mainFile: schemaFile.path), "byte \(offset)")
        }
        try good.prefix(good.count - 7).write(to: url)
        XCTAssertNil(KeptShapes.read(from: url, mainFile: schemaFile.path), "cut short")

        // The schema file changed since: its modification time no longer matches.
        try good.write(to: url)
        XCTAssertNotNil(KeptShapes.read(from: url, mainFile: schemaFile.path))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3_600)], ofItemAtPath: schemaFile.path)
        XCTAssertNil(KeptShapes.read(from: url, mainFile: schemaFile.path))

        // A schema checked by shape with that file ignored reads its rules from its files again.
        let schemaShapes = newRun(ofSchemaAt: schemaFile.path)
        XCTAssertFalse(schemaShapes.loadKept())
        XCTAssertEqual(schemaShapes.shapeRules(), rules)

        // The main file named another way (`..`) finds the same file.
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: schemaFile.path)
        let written = KeptShapes.write(rules: try XCTUnwrap(ShapeRules(schemaAt: schemaFile.path)), shapes: shapes, to: url)
        XCTAssertTrue(written)
        let roundabout = folder.appendingPathComponent("sub").appendingPathComponent("..").appendingPathComponent("note.xsd").path
        XCTAssertTrue(newRun(ofSchemaAt: roundabout).loadKept())
    }

    func testAWriteRemovesTemporariesAbandonedByAStoppedProcessButNotRecentOnes() throws {
        let schemaFile = folder.appendingPathComponent("note.xsd")
        try """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
              <xs:element name="Note" type="xs:string"/>
            </xs:schema>
            """.write(to: schemaFile, atomically: true, encoding: .utf8)
        let rules = try XCTUnwrap(ShapeRules(schemaAt: schemaFile.path))
        let url = KeptShapes.url(in: folder, mainFile: schemaFile.path)
        let manager = FileManager.default
        let abandoned = folder.appendingPathComponent(".\(url.lastPathComponent)-\(UUID().uuidString)")
        let underWay = folder.appendingPathComponent(".\(url.lastPathComponent)-\(UUID().uuidString)")
        let otherFiles = folder.appendingPathComponent(".Other.shapes-\(UUID().uuidString)")
        for file in [abandoned, underWay, otherFiles] { try Data([1, 2, 3]).write(to: file) }
        let longAgo = Date(timeIntervalSinceNow: -(KeptShapes.abandonedAge + 60))
        for file in [abandoned, otherFiles] { try manager.setAttributes([.modificationDate: longAgo], ofItemAtPath: file.path) }

        XCTAssertTrue(KeptShapes.write(rules: rules, shapes: [[1]], to: url))
        XCTAssertFalse(manager.fileExists(atPath: abandoned.path), "left by a stopped write of this file")
        XCTAssertTrue(manager.fileExists(atPath: underWay.path), "a write that may be under way")
        XCTAssertTrue(manager.fileExists(atPath: otherFiles.path), "another file's temporary is not this write's to remove")
        XCTAssertNotNil(KeptShapes.read(from: url, mainFile: schemaFile.path))
    }

    // MARK: Helpers

    /// Checks the valid `text` by shape against `schema` in a run that keeps its shapes in the test's folder.
    private func check(_ text: String, in schema: XMLSchema) throws {
        try newRun(of: schema).validate(Array(text.utf8)) { () throws(XMLError) in try schema.validate(XMLDocument(text: text)) }
    }

    /// A new run's checking by shape of `schema`, keeping its shapes in the test's folder.
    private func newRun(of schema: XMLSchema) -> SchemaShapes {
        newRun(ofSchemaAt: schema.path)
    }

    private func newRun(ofSchemaAt path: String) -> SchemaShapes {
        let shapes = SchemaShapes(mainFile: path)
        shapes.keep(in: folder)
        return shapes
    }
}
