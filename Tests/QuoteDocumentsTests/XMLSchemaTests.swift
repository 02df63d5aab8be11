import Foundation
import XCTest

@testable import QuoteDocuments

final class XMLSchemaTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("XMLSchemaTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    func testMissingSchemaFileIsReported() {
        let path = folder.appendingPathComponent("missing.xsd").path
        let issues = compileIssues(path)
        XCTAssertEqual(issues.count, 1, issues.description)
        XCTAssertTrue(issues.first?.message.contains("missing.xsd") == true, issues.description)
    }

    func testCompileErrorsNameTheirFileAndLine() throws {
        let path = try write("types.xsd", """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="a" type="xs:nope"/>
              <xs:element name="b" type="c"/>
            </xs:schema>
            """)
        let issues = compileIssues(path)
        XCTAssertEqual(issues.map(\.line), [2, 3], issues.description)
        XCTAssertTrue(issues.allSatisfy { $0.message.hasPrefix("types.xsd: ") }, issues.description)
    }

    func testMalformedIncludedFileIsReportedWithItsErrors() throws {
        _ = try write("broken.xsd", """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="a">
            </xs:schema>
            """)
        let path = try write("main.xsd", """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:include schemaLocation="broken.xsd"/>
            </xs:schema>
            """)
        let issues = compileIssues(path)
        XCTAssertEqual(issues.first?.line, 3, issues.description)
        XCTAssertTrue(issues.first?.message.hasPrefix("broken.xsd: Opening and ending tag mismatch") == true, issues.description)
        XCTAssertTrue(issues.last?.message.hasPrefix("main.xsd: ") == true, issues.description)
    }

    /// The parsed tree drops the indentation between elements; text inside an element, blank or
    /// not, stays and is judged as it was written.
    func testIndentationIsIgnoredButBlankOrStrayTextIsJudged() throws {
        let schema = try XMLSchema(path: try write("note.xsd", """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="a">
                <xs:complexType><xs:sequence><xs:element name="b" maxOccurs="2">
                  <xs:simpleType><xs:restriction base="xs:string"><xs:minLength value="1"/></xs:restriction></xs:simpleType>
                </xs:element></xs:sequence></xs:complexType>
              </xs:element>
            </xs:schema>
            """))
        XCTAssertNoThrow(try schema.validate(XMLDocument(text: "<a>\n  <b> </b>\n  <b>x</b>\n</a>\n")))
        XCTAssertThrowsError(try schema.validate(XMLDocument(text: "<a>\n  <b></b>\n</a>")))
        XCTAssertThrowsError(try schema.validate(XMLDocument(text: "<a>\n  stray <b>x</b>\n</a>")))
        XCTAssertEqual(try XMLDocument(text: "<a>\n  <b> </b>\n</a>").strings("string(/a/b)"), [" "])
        XCTAssertEqual(try XMLDocument(text: "<a>\n  <b> </b>\n</a>").xpath("count(/a/node())").number, 1)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func compileIssues(_ path: String) -> [XMLIssue] {
        do {
            _ = try XMLSchema(path: path)
            XCTFail("compiled \(path)")
        } catch .schemaNotLoadable(let failedPath, let issues) {
            XCTAssertEqual(failedPath, path)
            return issues
        } catch {
            XCTFail("\(error)")
        }
        return []
    }
}
