import Foundation
import XCTest

@testable import QuoteDocuments

/// The UBL sample documents bundled with the tests, and helpers to edit them.
enum UBLSamples {
    static let quotation = "ubl-quotation-minimal.xml"
    static let orderResponse = "ubl-orderresponse-minimal.xml"

    /// The prefixes the samples use.
    static let namespaces = [
        "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
        "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        "q": "urn:oasis:names:specification:ubl:schema:xsd:Quotation-2",
        "or": "urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2",
    ]

    static func text(_ name: String) throws -> String {
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources"), name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// `text` with the one occurrence of `old` replaced by `new` (fails the test if `old` is not
    /// there exactly once, so an edit cannot silently miss).
    static func replacing(_ old: String, with new: String, in text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let parts = text.components(separatedBy: old)
        XCTAssertEqual(parts.count, 2, "expected exactly one '\(old)'", file: file, line: line)
        return parts.joined(separator: new)
    }

    /// The OrderResponse sample without its comment (a comment puts a document outside the shape check).
    static func orderResponseForShapes() throws -> String {
        try text(orderResponse).split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("<!--") }.joined(separator: "\n")
    }

    /// `nil` for a valid document, else the error's full description (every message).
    static func verdict(_ check: () throws(XMLError) -> Void) -> String? {
        do {
            try check()
            return nil
        } catch {
            return error.description
        }
    }

    /// The 1-based number of the line of `text` containing `needle` (first occurrence).
    static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }
}
