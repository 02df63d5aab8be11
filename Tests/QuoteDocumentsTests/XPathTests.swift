import Foundation
import XCTest

@testable import QuoteDocuments

final class XPathTests: XCTestCase {
    func testReadsThePayableAmountWithItsCurrency() throws {
        let document = try XMLDocument(text: UBLSamples.text(UBLSamples.orderResponse))
        let total = "/or:OrderResponse/cac:LegalMonetaryTotal/cbc:PayableAmount"
        XCTAssertEqual(try document.strings(total, namespaces: UBLSamples.namespaces), ["440.00"])
        XCTAssertEqual(try document.xpath("\(total)/@currencyID", namespaces: UBLSamples.namespaces).string, "USD")
    }

    func testLineAmountsAddUpToTheTotal() throws {
        let document = try XMLDocument(text: UBLSamples.text(UBLSamples.quotation))
        let namespaces = UBLSamples.namespaces
        let amounts = try document.strings("//cac:QuotationLine/cac:LineItem/cbc:LineExtensionAmount", namespaces: namespaces)
        XCTAssertEqual(amounts, ["77.00", "1261.40", "214.20"])
        let sum = amounts.compactMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }.reduce(0, +)
        let total = try document.xpath("//cac:QuotedMonetaryTotal/cbc:PayableAmount", namespaces: namespaces).string
        XCTAssertEqual(sum, Decimal(string: total, locale: Locale(identifier: "en_US_POSIX")))
        XCTAssertEqual(try document.xpath("count(//cac:QuotationLine)", namespaces: namespaces).number, 3)
    }

    func testScalarResultsGiveOneString() throws {
        let document = try XMLDocument(text: "<a><b>x</b><b>y</b></a>")
        let comparison = try document.xpath("count(//b) > 1")
        XCTAssertEqual(comparison.strings, ["true"])
        XCTAssertEqual(comparison.string, "true")
        XCTAssertEqual(comparison.number, 1)
        XCTAssertEqual(try document.strings("concat(//b[1], '-', //b[2])"), ["x-y"])
        XCTAssertEqual(try document.strings("//missing"), [])
        XCTAssertEqual(try document.xpath("//missing").string, "")
    }

    func testBadExpressionsThrow() throws {
        let document = try XMLDocument(text: "<a/>")
        for (expression, expected) in [("//[", "Invalid expression"), ("//cbc:ID", "Undefined namespace prefix"), ("$total", "Undefined variable")] {
            do {
                _ = try document.xpath(expression)
                XCTFail(expression)
            } catch .xpath(let failed, let message) {
                XCTAssertEqual(failed, expression)
                XCTAssertTrue(message.hasPrefix(expected), message)
            } catch {
                XCTFail("\(error)")
            }
        }
    }
}
