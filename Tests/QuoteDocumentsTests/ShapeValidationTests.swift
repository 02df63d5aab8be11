import Foundation
import XCTest

@testable import QuoteDocuments

/// Checking UBL documents by their shape (`--validate shape`) against checking each in full.
final class ShapeValidationTests: XCTestCase {
    private static let ubl = "urn:oasis:names:specification:ubl:schema:xsd:"

    func testTheUBLSchemasQualifyForTheUBLNamespacesAndNotForXMLSignature() throws {
        for schema in [try UBLSchemas.orderResponse(), try UBLSchemas.quotation()] {
            let rules = try XCTUnwrap(ShapeRules(schemaAt: schema.path), schema.path)
            let namespaces = Set(rules.namespaces.map { String(decoding: $0, as: UTF8.self) })
            for name in ["CommonAggregateComponents-2", "CommonBasicComponents-2", "CommonExtensionComponents-2"] {
                XCTAssertTrue(namespaces.contains(Self.ubl + name), name)
            }
            XCTAssertTrue(namespaces.contains(Self.ubl + (schema.path.contains("Quotation") ? "Quotation-2" : "OrderResponse-2")))
            XCTAssertFalse(namespaces.contains("http://www.w3.org/2000/09/xmldsig#"), "XML Signature has patterns and IDs")
            XCTAssertFalse(namespaces.contains { $0.contains("XAdES") || $0.contains("uri.etsi.org") }, "XAdES has IDs")
        }
    }

    func testASchemaWithAFacetOrAnIdentityConstraintDoesNotQualify() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shape-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
              <xs:element name="Total" type="xs:decimal"/>
              CONSTRAINT
            </xs:schema>
            """
        let cases = [
            ("", true),
            ("<xs:simpleType name='Code'><xs:restriction base='xs:string'><xs:pattern value='[A-Z]+'/></xs:restriction></xs:simpleType>", false),
            ("<xs:element name='Codes'><xs:complexType><xs:sequence><xs:element ref='Total'/></xs:sequence></xs:complexType><xs:unique name='u'><xs:selector xpath='.'/><xs:field xpath='.'/></xs:unique></xs:element>", false),
            ("<xs:element name='Fixed' type='xs:string' fixed='x'/>", false),
            ("<xs:attribute name='id' type='xs:ID'/>", false),
            ("<xs:element name='Count' type='xs:integer'/>", false),
        ]
        for (index, (constraint, qualifies)) in cases.enumerated() {
            let path = folder.appendingPathComponent("schema\(index).xsd")
            try plain.replacingOccurrences(of: "CONSTRAINT", with: constraint).write(to: path, atomically: true, encoding: .utf8)
            XCTAssertEqual(ShapeRules(schemaAt: path.path) != nil, qualifies, constraint)
        }
    }

    /// Strings, amounts and days are decided from their form without libxml2; this checks each
    /// such verdict against libxml2's on random members of each form, and on its edges.
    func testEveryVerdictFromAValuesFormIsLibxml2s() {
        var generator = SystemRandomNumberGenerator()
        func digits(_ count: Int) -> String { String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) }) }
        let alphabet = Array("abcXYZ019 -.,:;'\"&<>/\\#%?=+_()[]{}|^`~!@$*éßøÆ中文😀\u{7F}\u{A0}")
        var cases: [(String, BuiltInType)] = []
        for _ in 0..<1_500 {
            cases.append(((Bool.random() ? "-" : "") + digits(Int.random(in: 1...15)) + (Bool.random() ? "." + digits(Int.random(in: 1...6)) : ""), .decimal))
            cases.append((String(format: "%04d-%02d-%02d", Int.random(in: 1000...9999), Int.random(in: 1...12), Int.random(in: 1...31)), .date))
            let text = String((0..<Int.random(in: 4...40)).map { _ in alphabet.randomElement(using: &generator)! })
            cases.append((text, .string))
            cases.append((text, .normalizedString))
        }
        cases += ["2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2026-04-31", "2026-00-10", "0999-01-01", "0000-01-01"].map { ($0, .date) }
        cases += ["999999999999999.999999", "-000000000000001", "0001.5", "1.", ".5", "1.0000000", "+1.5", "1e5", "", "-", "7"].map { ($0, .decimal) }
        cases += ["", "x"].flatMap { [($0, .string), ($0, .normalizedString)] }
        var classifier = ValueClassifier()
        for (value, type) in cases {
            let verdict = Array(value.utf8).withUnsafeBufferPointer { classifier.verdict(of: $0, as: type) }
            if let verdict { XCTAssertEqual(verdict, type.accepts(value), "\(type) \(value)") }
        }
    }

    func testDocumentsThatDifferOnlyInValuesOfOneClassHaveOneShapeAndOthersNot() throws {
        let original = try UBLSamples.orderResponseForShapes()
        let shape = try Self.shape(original)
        let sameShape = [
            original.replacingOccurrences(of: "440.00", with: "99999.95"),
            original.replacingOccurrences(of: "1996-07-04", with: "2026-12-31"),
            original.replacingOccurrences(of: "Vins et alcools Chevalier", with: "Hungry Owl All-Night Grocers"),
            original.replacingOccurrences(of: "59 rue de l'Abbaye", with: "59 rue de l&apos;Abbaye &amp; fils"),
        ]
        for text in sameShape { XCTAssertTrue(try Self.shape(text) == shape, text) }
        let otherShape = [
            original.replacingOccurrences(of: "440.00", with: "440.0.0"),
            original.replacingOccurrences(of: "1996-07-04", with: "1996-02-30"),
            original.replacingOccurrences(of: "Vins et alcools Chevalier", with: "  Vins"),
            original.replacingOccurrences(of: ">168.00<", with: ">16,80<"),
            original.replacingOccurrences(of: "<cbc:Note>", with: "<cbc:Note languageID=\"en\">"),
        ]
        for text in otherShape { XCTAssertFalse(try Self.shape(text) == shape, text) }
        let uncovered = [
            original.replacingOccurrences(of: "<cbc:Note>", with: "<!-- a note --><cbc:Note>"),
            original.replacingOccurrences(of: "Thank you", with: "Thank &unknown; you"),
            original.replacingOccurrences(of: "Thank you", with: "Thank &#1; you"),
            original.replacingOccurrences(of: "Thank you", with: "Thank ]]> you"),
            original.replacingOccurrences(of: "<cbc:Note>", with: "<cbc:Note xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"false\">"),
            original.replacingOccurrences(of: "<cac:Party>", with: "<cac:Party xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">"),
        ]
        for text in uncovered { XCTAssertTrue(try Self.shape(text) == nil, text) }
    }

    /// The hostile corpus: valid documents, then mutated ones — elements out of order, empty
    /// amounts, text in decimals, required elements missing, impossible dates, broken markup —
    /// each checked in full and by shape (twice, the second time with its shape known if valid):
    /// the same verdict every time, and for invalid ones the same messages.
    func testShapesWithOneHashAreToldApartByTheirBytesAndTheMemoryStopsAtItsLimit() throws {
        var table = ShapeTable()
        let first: [UInt8] = [1, 2, 3], second: [UInt8] = [1, 2, 4]
        first.withUnsafeBufferPointer { table.insert($0, hash: 42, value: 7) }
        XCTAssertEqual(first.withUnsafeBufferPointer { table.value(of: $0, hash: 42) }, 7)
        XCTAssertNil(second.withUnsafeBufferPointer { table.value(of: $0, hash: 42) }, "same hash, other bytes")
        XCTAssertNil(first.withUnsafeBufferPointer { table.value(of: $0, hash: 43) })
        // Growing keeps every key.
        for key in 0..<5_000 { withUnsafeBytes(of: key) { table.insert($0.bindMemory(to: UInt8.self), hash: UInt64(key % 3)) } }
        XCTAssertEqual(table.count, 5_001)
        XCTAssertTrue((0..<5_000).allSatisfy { key in withUnsafeBytes(of: key) { table.contains($0.bindMemory(to: UInt8.self), hash: UInt64(key % 3)) } })

        // A document's shapes are remembered only while they fit.
        let sample = try UBLSamples.orderResponseForShapes()
        let shapes = try XCTUnwrap(try Self.shape(sample))
        let roomy = ValidShapes(), small = ValidShapes(byteLimit: 64)
        roomy.insert(shapes)
        small.insert(shapes)
        XCTAssertTrue(roomy.containsAll(shapes))
        XCTAssertFalse(small.containsAll(shapes))
        XCTAssertLessThan(small.count, roomy.count)
    }

    func testTheHostileCorpusGetsTheSameVerdictAndMessagesInFullAndByShape() throws {
        let schema = try UBLSchemas.orderResponse()
        let original = try UBLSamples.orderResponseForShapes()
        func edit(_ old: String, _ new: String) -> String { original.replacingOccurrences(of: old, with: new) }
        let valid = [
            original,
            edit("440.00", "12345.67"),
            edit("Queso Cabrales", "Chef Anton's \"Cajun\" &lt;Seasoning&gt;"),
            edit("1996-08-01", "2028-02-29"),
            edit("USD", "JPY"),
            edit(">440.00<", ">   440.00   <"),
            edit(">174.00<", ">-174.000000<"),
            edit("</cac:Delivery>", "</cac:Delivery >"),
            edit("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.1\" encoding=\"UTF-8\"?>"),
        ]
        let line = "  <cac:OrderLine>\n    <cac:LineItem>\n      <cbc:ID>1</cbc:ID>"
        let mutated = [
            edit("<cbc:ID>OC-10248</cbc:ID>\n  <cbc:SalesOrderID>10248</cbc:SalesOrderID>", "<cbc:SalesOrderID>10248</cbc:SalesOrderID>\n  <cbc:ID>OC-10248</cbc:ID>"),
            edit(">440.00<", "><"),
            edit(">168.00<", ">abc<"),
            edit(">14.00<", ">14,00<"),
            edit(">9.80<", "> <"),
            edit("<cbc:IssueDate>1996-07-04</cbc:IssueDate>\n  <cbc:OrderResponseCode>", "<cbc:IssueDate>1996-02-30</cbc:IssueDate>\n  <cbc:OrderResponseCode>"),
            edit("1996-08-01", "2027-02-29"),
            edit("1996-08-01", "01.08.1996"),
            edit("1996-08-01", "0000-08-01"),
            edit("<cbc:Quantity unitCode=\"C62\">12</cbc:Quantity>", "<cbc:Quantity unitCode=\"C62\">twelve</cbc:Quantity>"),
            edit("<cbc:Quantity unitCode=\"C62\">12</cbc:Quantity>", "<cbc:Quantity unitCode=\"C62\">1e3</cbc:Quantity>"),
            edit("  <cbc:IssueDate>1996-07-04</cbc:IssueDate>\n  <cbc:OrderResponseCode>", "  <cbc:OrderResponseCode>"),
            edit("<cbc:PayableAmount currencyID=\"USD\">", "<cbc:PayableAmount>"),
            edit("<cbc:Name>Northwind Traders</cbc:Name>", ""),
            edit(line, line.replacingOccurrences(of: "<cbc:ID>1</cbc:ID>", with: "")),
            edit("<cbc:Note>", "<cbc:Bogus/><cbc:Note>"),
            edit("<cbc:Note>Thank you for your order.</cbc:Note>", "<cbc:Note>Thank you<cbc:Name>x</cbc:Name></cbc:Note>"),
            edit("</cac:Delivery>", "</cac:Delivered>"),
            edit("Thank you", "Thank &unknown; you"),
            edit("Thank you", "Thank \u{1} you"),
            edit("Thank you", "Thank < you"),
            edit("<cbc:Note>", "<cbc:Note xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"cbc:AmountType\">"),
            edit("unitCode=\"C62\">12<", "unitCode=\"C62\" unitCode=\"EA\">12<"),
            edit("xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"", "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-1\""),
            edit("<cac:Delivery>", "<cac:Delivery xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"),
            edit("<cbc:Note>Thank you for your order.</cbc:Note>", "<:Note>Thank you for your order.</:Note>"),
            edit("<cbc:Note>Thank you for your order.</cbc:Note>", "<cbc:Note>Thank you for your order.</cbc:Note></OrderResponse><OrderResponse>"),
            edit("<cbc:Note>", "<cbc:Note currencyID=\"USD\" currencyID=\"EUR\">"),
            edit("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\" oops?>"),
            edit("</OrderResponse>", "</OrderResponse>trailing"),
            edit("</OrderResponse>", ""),
        ]
        var invalid = 0
        for text in valid + mutated {
            let bytes = Array(text.utf8)
            let full = UBLSamples.verdict { () throws(XMLError) in try schema.validate(bytes, fileName: "hostile.xml", validation: .full) }
            let shaped = UBLSamples.verdict { () throws(XMLError) in try schema.validate(bytes, fileName: "hostile.xml", validation: .shape) }
            let again = UBLSamples.verdict { () throws(XMLError) in try schema.validate(bytes, fileName: "hostile.xml", validation: .shape) }
            XCTAssertEqual(shaped, full, text)
            XCTAssertEqual(again, full, text)
            if full != nil { invalid += 1 }
        }
        XCTAssertEqual(valid.compactMap { text in UBLSamples.verdict { () throws(XMLError) in try schema.validate(Array(text.utf8), fileName: "v.xml", validation: .full) } }, [])
        XCTAssertEqual(invalid, mutated.count, "every mutation makes an invalid document")

        // A valid document made of the elements of valid documents is decided without parsing.
        let decided = schema.documentsDecidedByShape
        try schema.validate(Array(edit("Mozzarella di Giovanni", "Gorgonzola Telino").utf8), fileName: "known.xml", validation: .shape)
        XCTAssertEqual(schema.documentsDecidedByShape, decided + 1)
    }

    // MARK: Helpers

    private static func shape(_ text: String) throws -> LocalShapes? {
        let rules = try XCTUnwrap(ShapeRules(schemaAt: UBLSchemas.orderResponse().path))
        var scanner = ShapeScanner(rules: rules)
        return Array(text.utf8).withUnsafeBufferPointer { scanner.scan($0) } ? scanner.shapes : nil
    }
}
