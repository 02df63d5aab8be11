import Foundation
import GRDB
import QuoteModel
import StorageInterface
import XCTest
@testable import QuoteStore

final class QueryTests: XCTestCase {
    var store: QuoteDatabase!
    var fixture: SaleFixture!

    override func setUpWithError() throws {
        store = try QuoteDatabase.inMemory()
        fixture = try SaleFixture.insert(in: store)
    }

    override func tearDown() {
        store = nil
        fixture = nil
    }

    // MARK: quote(number:rank:)

    func testQuoteWithAnUnknownRankIsNotFound() throws {
        try store.add(fixture.sale(number: "10248"))
        try store.makeQuote(saleNumber: "10248")
        XCTAssertEqual(try store.quote(number: "10248", version: 1).version.version.rank, 1)
        for rank in [0, 2, -1] {
            XCTAssertThrowsError(try store.quote(number: "10248", version: rank)) { error in
                XCTAssertEqual((error as? QuoteError)?.code, .notFound)
            }
        }
    }

    func testUnknownQuoteNumberIsNotFound() throws {
        XCTAssertThrowsError(try store.quote(number: "nope")) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .notFound)
        }
    }

    // MARK: quotes(state:)

    func testQuotesFilterByTheActiveVersionsState() throws {
        for number in ["3", "10", "2"] {
            try store.add(fixture.sale(number: number))
            try store.makeQuote(saleNumber: number)
        }
        try store.write { db in
            try db.execute(sql: "UPDATE quoteVersion SET state = 'sent', sentDate = '2026-03-07' WHERE quoteId = (SELECT id FROM quote WHERE number = '10')")
        }
        XCTAssertEqual(try store.quotes().map(\.number), ["2", "3", "10"])
        XCTAssertEqual(try store.quotes(state: .draft).map(\.number), ["2", "3"])
        let sent = try store.quotes(state: .sent)
        XCTAssertEqual(sent.map(\.number), ["10"])
        XCTAssertEqual(sent.first?.sentDate, day("2026-03-07"))
        XCTAssertEqual(sent.first?.companyName, fixture.company.name)
        XCTAssertEqual(try store.quotes(state: .sold), [])
    }

    func testQuotesShowTheLatestVersionOnly() throws {
        try store.add(fixture.sale(number: "1"))
        let detail = try store.makeQuote(saleNumber: "1")
        try store.write { db in
            try db.execute(sql: "UPDATE quoteVersion SET state = 'archived', archivedState = 'sent' WHERE id = ?", arguments: [detail.version.version.id])
            var next = QuoteVersion(quoteId: detail.quote.id!, rank: 2, state: .draft)
            try next.insert(db)
            var alternative = QuoteAlternative(versionId: next.id!, name: "Standard", totalPrice: dec("99.50"))
            try alternative.insert(db)
            next.favouriteAlternativeId = alternative.id
            try next.update(db)
        }
        let summaries = try store.quotes()
        XCTAssertEqual(summaries.map(\.version), [2])
        XCTAssertEqual(summaries.first?.state, .draft)
        XCTAssertEqual(summaries.first?.totalPrice?.description, "99.50")
        XCTAssertEqual(try store.quotes(state: .archived), [])
        XCTAssertEqual(try store.quote(number: "1").versions.map(\.rank), [1, 2])
        XCTAssertEqual(try store.quote(number: "1", version: 1).version.version.state, .archived)
    }

    // MARK: products(matching:)

    private func addProducts() throws -> PriceList {
        let list = try store.add(PriceList(name: "Main", currency: .usd))
        for (code, name) in [("10", "Chai"), ("2", "Chang"), ("A%1", "Percent code"), ("AB1", "Aniseed Syrup"),
                             ("A_2", "Underscore code"), ("AX2", "Boston Crab Meat"), ("B1", "50% off bundle"),
                             ("B2", "Tin_box"), ("B3", "Tinybox"), ("C\\1", "Backslash")] {
            try store.add(Product(priceListId: list.id!, code: code, name: name, unitListPrice: dec("1.00")))
        }
        return list
    }

    func testProductsMatchingFindsByCodeOrName() throws {
        let list = try addProducts()
        XCTAssertEqual(try store.products(matching: "AB1").map(\.code), ["AB1"])
        XCTAssertEqual(try store.products(matching: "Crab").map(\.code), ["AX2"])
        XCTAssertEqual(Set(try store.products(matching: "Cha").map(\.code)), ["10", "2"])
        XCTAssertEqual(try store.products(matching: "nothing like it"), [])
        XCTAssertEqual(try store.products().count, 10)
        XCTAssertEqual(try store.products(in: list, matching: "").count, 10)
    }

    func testProductsMatchingTreatsPercentLiterally() throws {
        try addProducts()
        XCTAssertEqual(Set(try store.products(matching: "%").map(\.code)), ["A%1", "B1"])
        XCTAssertEqual(try store.products(matching: "A%").map(\.code), ["A%1"])
    }

    func testProductsMatchingTreatsUnderscoreLiterally() throws {
        try addProducts()
        XCTAssertEqual(Set(try store.products(matching: "_").map(\.code)), ["A_2", "B2"])
        XCTAssertEqual(try store.products(matching: "A_").map(\.code), ["A_2"])
        XCTAssertEqual(try store.products(matching: "Tin_box").map(\.code), ["B2"])
    }

    func testProductsMatchingTreatsBackslashLiterally() throws {
        try addProducts()
        XCTAssertEqual(try store.products(matching: "\\").map(\.code), ["C\\1"])
    }

    func testProductsAreOrderedByNumericCode() throws {
        try addProducts()
        XCTAssertEqual(try store.products(matching: "Ch").map(\.code), ["2", "10"])
    }

    func testProductByCode() throws {
        let list = try addProducts()
        XCTAssertEqual(try store.product(code: "AB1").name, "Aniseed Syrup")
        XCTAssertEqual(try store.product(code: "AB1", in: list).name, "Aniseed Syrup")
        XCTAssertThrowsError(try store.product(code: "ZZZ")) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .notFound)
        }
        let other = try store.add(PriceList(name: "Other", currency: .eur))
        try store.add(Product(priceListId: other.id!, code: "AB1", name: "Other syrup", unitListPrice: dec("2")))
        XCTAssertThrowsError(try store.product(code: "AB1")) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .ambiguous)
        }
        XCTAssertEqual(try store.product(code: "AB1", in: other).name, "Other syrup")
    }

    func testPriceListsCountTheirProducts() throws {
        try addProducts()
        try store.add(PriceList(name: "Empty", currency: .eur))
        let summaries = try store.priceLists()
        XCTAssertEqual(summaries.map(\.priceList.name), ["Empty", "Main"])
        XCTAssertEqual(summaries.map(\.productCount), [0, 10])
    }

    // MARK: documentSources

    /// A quote of three alternatives (A, B, C) with two lines each, B the favourite and C the
    /// alternative its order accepted.
    private func quoteWithThreeAlternatives(number: String) throws {
        try store.add(fixture.sale(number: number))
        try store.makeQuote(saleNumber: number, alternativeName: "A")
        try store.changeActiveVersion(number) { tree in
            try tree.addAlternative(named: "B", allowed: true)
            try tree.addAlternative(named: "C", allowed: true)
            for index in tree.alternatives.indices {
                for rank in 1...2 {
                    tree.appendLine(QuoteLine(alternativeId: 0, rank: rank, name: "\(tree.alternatives[index].alternative.name)\(rank)", unitListPrice: 10, quantity: 1), to: index)
                }
            }
        }
        try store.changeActiveVersion(number) { tree in try tree.setFavourite(1) }
        try store.write { db in
            try db.execute(sql: "UPDATE quote SET acceptedAlternativeId = (SELECT a.id FROM quoteAlternative a WHERE a.name = 'C' AND a.versionId IN (SELECT v.id FROM quoteVersion v JOIN quote q ON q.id = v.quoteId WHERE q.number = ?)) WHERE number = ?", arguments: [number, number])
        }
    }

    func testDocumentSourcesReadEveryAlternativeByDefault() throws {
        try quoteWithThreeAlternatives(number: "10248")
        let source = try XCTUnwrap(store.documentSources(quoteNumbers: ["10248"])["10248"]?.get())
        XCTAssertEqual(source.detail.version.alternatives.map(\.alternative.name), ["A", "B", "C"])
        XCTAssertEqual(source.detail.version.alternatives.map { $0.lines.map(\.name) }, [["A1", "A2"], ["B1", "B2"], ["C1", "C2"]])
    }

    func testDocumentSourcesForAConfirmationReadTheFavouriteAndTheAcceptedAlternativeOnly() throws {
        try quoteWithThreeAlternatives(number: "10248")
        let source = try XCTUnwrap(store.documentSources(quoteNumbers: ["10248"], alternatives: .favouriteAndAccepted)["10248"]?.get())
        XCTAssertEqual(source.detail.version.alternatives.map(\.alternative.name), ["B", "C"])
        XCTAssertEqual(source.detail.version.alternatives.map { $0.lines.map(\.name) }, [["B1", "B2"], ["C1", "C2"]])
        XCTAssertEqual(source.detail.version.favourite?.alternative.name, "B")
    }

    func testDocumentSourcesForAConfirmationTakeTheFirstAlternativeWhenNoneIsTheFavourite() throws {
        try quoteWithThreeAlternatives(number: "10248")
        try store.write { db in try db.execute(sql: "UPDATE quoteVersion SET favouriteAlternativeId = NULL") }
        let source = try XCTUnwrap(store.documentSources(quoteNumbers: ["10248"], alternatives: .favouriteAndAccepted)["10248"]?.get())
        XCTAssertEqual(source.detail.version.alternatives.map(\.alternative.name), ["A", "C"])
    }

    func testAStoredDecimalThatIsNotANumberIsAnErrorNamingTheQuote() throws {
        try quoteWithThreeAlternatives(number: "10248")
        try store.write { db in try db.execute(sql: "UPDATE quoteLine SET quantity = '1e3' WHERE name = 'B1'") }
        XCTAssertThrowsError(try store.documentSources(quoteNumbers: ["10248"], alternatives: .favouriteAndAccepted)) { error in
            XCTAssertTrue("\(error)".contains("quantity"), "\(error)")
        }
    }
}
