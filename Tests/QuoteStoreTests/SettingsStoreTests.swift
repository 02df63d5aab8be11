import Foundation
import GRDB
import QuoteModel
import StorageInterface
import XCTest
@testable import QuoteStore

/// Migration v10-settings-and-sale-types and the storage of sale types, our own company's logo
/// and the settings.
final class SettingsStoreTests: XCTestCase {
    var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    func testADatabaseFromBeforeTheMigrationGetsTheSettingsQuotedocHadBuiltIn() throws {
        let previous = try XCTUnwrap(SchemaMigrations.knownIdentifiers.firstIndex(of: "v10-settings-and-sale-types")).advanced(by: -1)
        let path = folder.path("older.sqlite")
        try MigrationUpgradeTests.olderDatabase(at: path, upTo: SchemaMigrations.knownIdentifiers[previous])
        let store = try QuoteDatabase.open(at: path)
        XCTAssertEqual(try store.snapshot { try $0.settings() }, QuoteSettings(allowsAlternativeDiscount: true, followUpText: "Follow up on the quote", defaultCulture: nil))
        XCTAssertEqual(try store.saleTypes().map(\.defaultCulture), [nil])
        XCTAssertNil(try store.ownCompany().logo)
    }

    func testSaleTypesOwnCompanyAndSettingsRoundTrip() throws {
        let store = try QuoteDatabase.inMemory()
        let logo = ProductImage(mediaType: "image/gif", bytes: Array("GIF89a".utf8) + [0, 1, 2])
        let settings = QuoteSettings(allowsAlternativeDiscount: false, followUpText: "Ring the customer", defaultCulture: "sv-SE")
        let added = try store.transaction { store in
            let added = try store.insert(SaleType(name: "Project", quoteValidityDays: 10, maxDiscountPercent: dec("12.5"), quoteTemplate: "project", defaultCulture: "nb-NO"))
            try store.update(OwnCompany(name: "Offert AB", address: PostalAddress(city: "Lund", country: "SE"), vatNumber: "SE1", logo: logo))
            try store.update(settings)
            return added
        }
        try store.snapshot { store in
            XCTAssertEqual(try store.saleType(named: "Project"), added)
            XCTAssertEqual(try store.saleTypes().map(\.name), ["Project", "Standard"])
            XCTAssertEqual(try store.ownCompany().logo, logo)
            XCTAssertEqual(try store.settings(), settings)
        }
        var renamed = added
        renamed.name = "Standard"
        XCTAssertThrowsError(try store.transaction { try $0.update(renamed) }) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .duplicate)
        }
        XCTAssertThrowsError(try store.transaction { try $0.insert(SaleType(name: "Project")) }) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .duplicate)
        }
    }

    func testTheSchemaRefusesWhatTheModelWouldNeverWrite() throws {
        let store = try QuoteDatabase.inMemory()
        let refused = [
            "UPDATE quoteSettings SET followUpText = '  '",
            "UPDATE quoteSettings SET allowsAlternativeDiscount = 2",
            "UPDATE quoteSettings SET defaultCulture = ''",
            "INSERT INTO quoteSettings (id) VALUES (2)",
            "UPDATE saleType SET defaultCulture = ''",
            "UPDATE ownCompany SET logoMediaType = 'image/png'",
            "UPDATE ownCompany SET logoMediaType = 'text/plain', logoBytes = x'00'",
        ]
        for sql in refused {
            XCTAssertThrowsError(try store.write { db in try db.execute(sql: sql) }, sql)
        }
        XCTAssertEqual(try store.snapshot { try $0.settings() }, QuoteSettings())
    }
}
