import Foundation
import PostgresStore
import PostgresTestSupport
import QuoteModel
import QuoteStore
import StorageInterface
import XCTest

/// The storage interface's contract, run on both stores with the same writes: every value reads
/// back exactly (amounts at their scale, days, times to the millisecond, bytes, text with quotes
/// and non-ASCII letters), lists come in the same order, refusals have the same codes, and the
/// audit chains end in the same hashes.
final class StoreConformanceTests: XCTestCase {
    /// A new SQLite database and a new PostgreSQL schema.
    private func stores() throws -> [(name: String, storage: any QuoteStorage)] {
        [("SQLite", try QuoteDatabase.inMemory()), ("PostgreSQL", try TestPostgres.freshStore())]
    }

    private let when = Date(timeIntervalSinceReferenceDate: 796_000_000.123)

    /// Writes the same history into `storage` and reads what the contract promises.
    private func scenario(_ storage: any QuoteStorage) throws -> Outcome {
        let (company, list, products, quoteNumber) = try storage.transaction { store in
            let ann = try store.insert(Associate(userName: "ann", name: "Ann O'Neill"))
            let (company, _) = try store.insert(
                Company(code: "ÅRE", name: "Åre \"Skid\" <AB>", address: PostalAddress(street: "Storgatan 1", city: "Åre", country: "Sweden")),
                contact: Person(companyId: 0, firstName: "Örjan", lastName: "O'Hara"))
            let list = try store.insert(PriceList(name: "Main", currency: .eur, validFrom: LocalDate(year: 2026, month: 1, day: 31)))
            var products: [Product] = []
            for (code, price) in [("10", "0.00"), ("9", "12.50"), ("abc", "123456789012345678901234.5678"), ("Ábc", "-1.5")] {
                products.append(try store.insert(Product(
                    priceListId: list.id!, code: code, name: "Product \(code)", vatPercent: ExactDecimal("25")!, unitCost: ExactDecimal("0.001"),
                    unitListPrice: ExactDecimal(price)!, stock: code == "9" ? ExactDecimal("7.250") : nil,
                    image: code == "10" ? ProductImage(mediaType: "image/png", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 255]) : nil)))
            }
            let standard = try XCTUnwrap(try store.saleType(named: "Standard"))
            let sale = try store.insert(Sale(
                number: "S-1", title: "First", ownerId: ann.id!, companyId: company.id!, saleTypeId: standard.id!, currency: .eur,
                date: LocalDate(year: 2026, month: 2, day: 28)!))
            let quote = try store.insert(Quote(saleId: sale.id!, number: "Q-1", connectionName: ERPConnection.standaloneName))
            var line = QuoteLine(copying: products[1], alternativeId: 0, rank: 1, quantity: ExactDecimal("3.000")!)
            line.discountPercent = ExactDecimal("12.5")!
            let tree = try store.insert(VersionWithAlternatives(
                version: QuoteVersion(quoteId: quote.id!, description: "It's \"quoted\""),
                alternatives: [AlternativeWithLines(alternative: QuoteAlternative(versionId: 0, name: "Standard"), lines: [line])]), favouriteIndex: 0)
            try store.append(StateChange(quoteVersionId: tree.version.id!, from: nil, to: .draft, associateId: ann.id!, at: when, note: "created"))
            _ = try store.append(
                SaleActivity(kind: .quoteSent, saleId: sale.id!, quoteVersionId: tree.version.id!, associateId: ann.id!, date: when, text: "Sent 'Q-1'"),
                documents: [DocumentDraft(
                    kind: .proposal, format: .html, path: "/out/S-1/Q-1-v1-proposal.html", sha256: String(repeating: "ab", count: 32),
                    byteSize: 1234, templateName: "proposal.html", templateHash: "t", engineVersion: "0.1.0")],
                versionId: tree.version.id!, now: when)
            return (company, list, products, quote.number)
        }
        let heads = try storage.verifyAuditTrail(noted: []).heads
        return try storage.snapshot { store in
            Outcome(
                company: try store.company(code: company.code), people: try store.people(ofCompany: company.id!),
                priceList: try store.priceList(named: list.name), products: try store.products(inPriceList: list.id!),
                productsByIds: try store.products(ids: Set(products.map { $0.id! })).sorted { $0.id! < $1.id! },
                matching: try store.products(matching: "ábc", limit: 10).map(\.code),
                containing: try store.products(priceListId: nil, containing: "AB").map(\.code),
                detail: try store.quoteDetail(number: quoteNumber, version: nil),
                activities: try store.activities(ActivityFilter()),
                stateChanges: try store.stateChanges(quoteNumber: quoteNumber),
                summaries: try store.quoteSummaries(state: nil),
                priceLists: try store.priceListSummaries(),
                heads: heads)
        }
    }

    private struct Outcome: Equatable {
        var company: Company?
        var people: [Person]
        var priceList: PriceList?
        var products: [Product]
        var productsByIds: [Product]
        var matching: [String]
        var containing: [String]
        var detail: QuoteDetail
        var activities: [ActivityRecord]
        var stateChanges: [StateChange]
        var summaries: [QuoteSummary]
        var priceLists: [PriceListSummary]
        var heads: [AuditChainHead]
    }

    func testTheSameWritesReadBackTheSameOnBothStoresWithTheSameChainHashes() throws {
        let outcomes = try stores().map { try scenario($0.storage) }
        let sqlite = outcomes[0]
        let postgres = outcomes[1]
        XCTAssertEqual(postgres.company, sqlite.company)
        XCTAssertEqual(postgres.people, sqlite.people)
        XCTAssertEqual(postgres.priceList, sqlite.priceList)
        XCTAssertEqual(postgres.products, sqlite.products)
        XCTAssertEqual(sqlite.products.map(\.code), ["abc", "Ábc", "9", "10"], "by the leading number (none is 0), then by bytes")
        XCTAssertEqual(postgres.products.map(\.unitListPrice.description), ["123456789012345678901234.5678", "-1.5", "12.50", "0.00"])
        XCTAssertEqual(postgres.productsByIds, sqlite.productsByIds)
        XCTAssertEqual(postgres.matching, sqlite.matching)
        XCTAssertEqual(postgres.containing, sqlite.containing)
        XCTAssertEqual(postgres.detail, sqlite.detail)
        XCTAssertEqual(postgres.activities, sqlite.activities)
        XCTAssertEqual(postgres.activities.first?.activity.date.timeIntervalSinceReferenceDate ?? 0, when.timeIntervalSinceReferenceDate, accuracy: 0.001)
        XCTAssertEqual(postgres.stateChanges, sqlite.stateChanges)
        XCTAssertEqual(postgres.summaries, sqlite.summaries)
        XCTAssertEqual(postgres.priceLists, sqlite.priceLists)
        XCTAssertEqual(postgres.heads, sqlite.heads, "the same rows chain to the same hashes on both stores")
        XCTAssertTrue(sqlite.heads.allSatisfy { $0.chainHash != nil })
    }

    func testBothStoresRefuseTheSameWritesWithTheSameCodes() throws {
        for (name, storage) in try stores() {
            let list = try storage.transaction { store in try store.insert(PriceList(name: "Main", currency: .usd)) }
            _ = try storage.transaction { store in try store.insert(Product(priceListId: list.id!, code: "W1", name: "Widget", unitListPrice: 1)) }
            let refusals: [(String, QuoteError.Code, (any StorageWriter) throws -> Void)] = [
                ("a second price list of the name", .duplicate, { _ = try $0.insert(PriceList(name: "Main", currency: .usd)) }),
                ("a second product of the code", .duplicate, { _ = try $0.insert(Product(priceListId: list.id!, code: "W1", name: "Again", unitListPrice: 1)) }),
                ("a product in no price list", .invalid, { _ = try $0.insert(Product(priceListId: 9999, code: "X", name: "X", unitListPrice: 1)) }),
                ("a second associate of the user name", .duplicate, { store in
                    _ = try store.insert(Associate(userName: "bo", name: "Bo"))
                    _ = try store.insert(Associate(userName: "bo", name: "Bo again"))
                }),
                ("a quote naming no connection", .invalid, { store in
                    let bo = try store.insert(Associate(userName: "bo", name: "Bo"))
                    let (company, _) = try store.insert(Company(code: "C", name: "C"), contact: nil)
                    let sale = try store.insert(Sale(number: "1", title: "t", ownerId: bo.id!, companyId: company.id!, saleTypeId: 1, currency: .usd, date: LocalDate(year: 2026, month: 1, day: 1)!))
                    _ = try store.insert(Quote(saleId: sale.id!, number: "1", connectionName: "nowhere"))
                }),
            ]
            for (what, code, write) in refusals {
                XCTAssertThrowsError(try storage.transaction { try write($0) }, "\(name): \(what)") { error in
                    XCTAssertEqual((error as? QuoteError)?.code, code, "\(name): \(what): \(error)")
                }
            }
            let kept = try storage.snapshot { store in (try store.priceListSummaries(), try store.associates()) }
            XCTAssertEqual(kept.0.map(\.productCount), [1], "\(name): nothing of a refused transaction is kept")
            XCTAssertEqual(kept.1, [], "\(name): the associate of the refused transaction is gone too")
        }
    }
}
