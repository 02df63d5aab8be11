import QuoteModel
import XCTest

/// The rules of changing a version's details and refreshing its lines' prices.
final class VersionDetailsChangeTests: XCTestCase {
    private let customer = PostalAddress(street: "1 Main St", city: "Springfield", country: "USA")

    func testCountryCodesAreTheAssignedISOCodesInCapitals() throws {
        XCTAssertEqual(CountryCode.assigned.count, 249)
        XCTAssertEqual(try CountryCode.checked("se"), "SE")
        for code in ["XK", "EU", "UK", "DEU", ""] {
            XCTAssertThrowsError(try CountryCode.checked(code), code)
        }
    }

    func testOnlyTheDetailsThatDifferAreChangedAndReported() throws {
        var version = QuoteVersion(quoteId: 1, paymentTerms: "Net 30")
        let changes = try version.apply(
            VersionDetailsChange(paymentTerms: "Net 30", deliveryAddress: .customer, roundingPolicy: .perTotal, extraFields: [5: "x"]),
            customerAddress: customer)
        XCTAssertEqual(changes, [
            VersionDetailChange(field: "deliveryAddress", old: "", new: "1 Main St, Springfield, USA"),
            VersionDetailChange(field: "roundingPolicy", old: "perLine", new: "perTotal"),
            VersionDetailChange(field: "extraField5", old: "", new: "x"),
        ])
        XCTAssertEqual(version.deliveryAddress, customer)
        XCTAssertEqual(version.extraFields[5], "x")
    }

    func testARefusedChangeLeavesTheVersionAsItWas() {
        var version = QuoteVersion(quoteId: 1)
        let original = version
        XCTAssertThrowsError(try version.apply(
            VersionDetailsChange(paymentTerms: "Net 30", invoiceAddress: .address(PostalAddress(city: "Berlin", country: "Germany"))),
            customerAddress: customer))
        XCTAssertThrowsError(try version.apply(VersionDetailsChange(paymentTerms: "Net 30", extraFields: [0: "x"]), customerAddress: customer))
        XCTAssertEqual(version, original)
    }

    func testPricesAreRefreshedOnlyForTheFieldsTheSourceGives() {
        let line = QuoteLine(alternativeId: 1, rank: 1, productId: 7, code: "W1", name: "Widget", unitCost: 10, unitMinimumPrice: 9, unitListPrice: 13, quantity: 1)
        let free = QuoteLine(alternativeId: 1, rank: 2, name: "Installation", unitListPrice: 40, quantity: 1)
        var tree = VersionWithAlternatives(
            version: QuoteVersion(quoteId: 1), alternatives: [AlternativeWithLines(alternative: QuoteAlternative(versionId: 1, name: "A"), lines: [line, free])])
        let (changes, problems) = tree.updatePrices { line in
            line.productId == nil ? .noProduct : .prices([.listPrice: 15, .cost: nil])
        }
        XCTAssertEqual(changes, [
            LinePriceChange(alternative: "A", rank: 1, code: "W1", field: .listPrice, old: 13, new: 15),
            LinePriceChange(alternative: "A", rank: 1, code: "W1", field: .cost, old: 10, new: nil),
        ])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(tree.alternatives[0].lines.map(\.unitListPrice), [15, 40])
        XCTAssertEqual(tree.alternatives[0].lines[0].unitMinimumPrice, 9, "a field the source does not give is kept")

        let (none, reported) = tree.updatePrices { _ in .unavailable(reason: "retired") }
        XCTAssertEqual(none, [])
        XCTAssertEqual(reported.map(\.rank), [1, 2])
        XCTAssertEqual(tree.alternatives[0].lines.map(\.unitListPrice), [15, 40])
    }
}
