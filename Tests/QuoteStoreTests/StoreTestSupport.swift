import Foundation
import GRDB
import QuoteModel
import StorageInterface
import XCTest
@testable import QuoteStore

/// A decimal from its text; a test failure (not a crash) when the text does not parse.
func dec(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ExactDecimal {
    guard let value = ExactDecimal(text) else {
        XCTFail("'\(text)' does not parse as an ExactDecimal", file: file, line: line)
        return .zero
    }
    return value
}

func day(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> LocalDate {
    guard let value = LocalDate(text) else {
        XCTFail("'\(text)' does not parse as a LocalDate", file: file, line: line)
        return LocalDate(daysSinceEpoch: 0)
    }
    return value
}

/// A date at a whole number of milliseconds after 1970 (the store keeps milliseconds).
///
/// Built from the reference date (2001), which is what `Date` holds: going through
/// `timeIntervalSince1970` would add a binary rounding error below the millisecond.
func instant(milliseconds: Int64) -> Date {
    Date(timeIntervalSinceReferenceDate: Double(milliseconds - 978_307_200_000) / 1000)
}

/// Every entity has an optional row id.
protocol StoredEntity: FetchableRecord, MutablePersistableRecord, Equatable, Encodable {
    var id: Int64? { get }
}

extension Associate: StoredEntity {}
extension Company: StoredEntity {}
extension Person: StoredEntity {}
extension SaleType: StoredEntity {}
extension Sale: StoredEntity {}
extension PriceList: StoredEntity {}
extension Product: StoredEntity {}
extension Quote: StoredEntity {}
extension QuoteVersion: StoredEntity {}
extension QuoteAlternative: StoredEntity {}
extension QuoteLine: StoredEntity {}
extension SaleActivity: StoredEntity {}
extension Document: StoredEntity {}
extension StateChange: StoredEntity {}
extension ERPConnection: StoredEntity {}
extension PartyLink: StoredEntity {}
extension SyncLogEntry: StoredEntity {}

/// The value as sorted-key JSON: decimals as their exact text, dates as their exact interval.
func canonicalJSON<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Fetches `value` back by its id and asserts it is equal and encodes identically (so every
/// decimal keeps its exact scale: "1234.5600" stays "1234.5600").
@discardableResult
func assertFetchesBack<T: StoredEntity>(
    _ value: T, from store: QuoteDatabase, file: StaticString = #filePath, line: UInt = #line
) throws -> T {
    let id = try XCTUnwrap(value.id, "inserted \(T.self) has an id", file: file, line: line)
    let fetched = try XCTUnwrap(try store.read { db in try T.fetchOne(db, key: id) }, "\(T.self) \(id) is found", file: file, line: line)
    XCTAssertEqual(fetched, value, "\(T.self)", file: file, line: line)
    XCTAssertEqual(try canonicalJSON(fetched), try canonicalJSON(value), "\(T.self)", file: file, line: line)
    return fetched
}

/// A fresh folder under the temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("QuoteStoreTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// The minimum a sale needs: an owner, a company with an address, and the seeded sale type.
struct SaleFixture {
    var owner: Associate
    var company: Company
    var saleType: SaleType

    static func insert(in store: QuoteDatabase, companyCode: String = "ALFKI") throws -> SaleFixture {
        try store.write { db in
            let owner = try Associate(userName: "afuller-\(companyCode)", name: "Andrew Fuller").inserted(db)
            let company = try Company(
                code: companyCode, name: "Alfreds Futterkiste",
                address: PostalAddress(street: "Obere Str. 57", city: "Berlin", region: "BE", postalCode: "12209", country: "Germany"),
                phone: "030-0074321"
            ).inserted(db)
            let saleType = try SaleType.filter(Column("name") == "Standard").fetchOne(db)!
            return SaleFixture(owner: owner, company: company, saleType: saleType)
        }
    }

    func sale(number: String, status: SaleStatus = .open) -> Sale {
        Sale(number: number, title: "Sale \(number)", ownerId: owner.id!, companyId: company.id!, saleTypeId: saleType.id!,
             currency: .usd, status: status, date: LocalDate(year: 2026, month: 3, day: 7)!)
    }
}

extension QuoteDatabase {
    /// Test setup through the storage interface: a quote on sale `saleNumber` (which must exist),
    /// version 1 as a draft with one empty alternative, the favourite. No rule is checked.
    @discardableResult
    func makeQuote(saleNumber: String, quoteNumber: String? = nil, alternativeName: String = "Standard") throws -> QuoteDetail {
        try transaction { store in
            let sale = try XCTUnwrap(try store.sale(number: saleNumber))
            let quote = try store.insert(Quote(saleId: sale.id!, number: quoteNumber ?? saleNumber))
            let alternative = AlternativeWithLines(alternative: QuoteAlternative(versionId: 0, name: alternativeName), lines: [])
            _ = try store.insert(VersionWithAlternatives(version: QuoteVersion(quoteId: quote.id!), alternatives: [alternative]), favouriteIndex: 0)
            return try store.quoteDetail(number: quote.number, version: nil)
        }
    }

    /// Test setup: `change` applied to the active version of quote `number` and saved as it is
    /// (not repriced).
    func changeActiveVersion(_ number: String, _ change: (inout VersionWithAlternatives) throws -> Void) throws {
        try transaction { store in
            let quote = try XCTUnwrap(try store.quote(number: number))
            let original = try store.tree(of: try XCTUnwrap(try store.versions(of: quote).last))
            var tree = original
            try change(&tree)
            try store.save(tree, replacing: original)
        }
    }
}
