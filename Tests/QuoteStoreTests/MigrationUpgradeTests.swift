import Foundation
import GRDB
import QuoteModel
import StorageInterface
import XCTest
@testable import QuoteStore

/// A database an older quotedoc wrote is brought up to date by `QuoteDatabase.open(at:)`, and
/// what it held reads back unchanged. The older schemas are made by the real migrator stopped
/// early, so these tests follow as migrations are added.
final class MigrationUpgradeTests: XCTestCase {
    var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    override func tearDown() {
        folder.remove()
    }

    /// Every migration identifier but the last: the schemas an older quotedoc may have left.
    var earlierMigrations: [String] {
        Array(SchemaMigrations.migrator.migrations.dropLast())
    }

    /// A quotedoc database file as a quotedoc whose last migration was `identifier` created it.
    static func olderDatabase(at path: String, upTo identifier: String, rows: (Database) throws -> Void = { _ in }) throws {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(SchemaMigrations.applicationID)")
        }
        try SchemaMigrations.migrator.migrate(queue, upTo: identifier)
        XCTAssertEqual(try queue.read { db in try SchemaMigrations.migrator.appliedMigrations(db) }.count,
                       SchemaMigrations.migrator.migrations.firstIndex(of: identifier)! + 1)
        try queue.write(rows)
        try queue.close()
    }

    func testTheDatabaseThePreviousMigrationLeftIsUpgradedAndReadsBackEqual() throws {
        let previous = try XCTUnwrap(earlierMigrations.last, "there is an earlier migration to upgrade from")
        let path = folder.path("previous.sqlite")
        try Self.olderDatabase(at: path, upTo: previous, rows: Self.insertRepresentativeRows)

        let store = try QuoteDatabase.open(at: path)
        XCTAssertEqual(try store.appliedMigrations(), SchemaMigrations.knownIdentifiers)

        XCTAssertEqual(try store.ownCompany(), Self.ownCompany)
        XCTAssertEqual(try store.associate(userName: "mpeacock"), Self.associate)
        let company = try store.company(code: "BERGS")
        XCTAssertEqual(company.company, Self.company)
        XCTAssertEqual(company.people, [Self.person])
        let priceList = try store.priceList(named: "Nordic")
        XCTAssertEqual(priceList, Self.priceList)
        XCTAssertEqual(try store.product(code: "GUDB-1", in: priceList), Self.product)
        XCTAssertEqual(try store.sale(number: "S-7").sale, Self.sale)

        let quote = try store.quote(number: "Q-7")
        XCTAssertEqual(quote.quote, Self.quote)
        XCTAssertEqual(quote.versions, [QuoteDetail.VersionHeader(rank: 1, state: .sent)])
        XCTAssertEqual(quote.version.version, Self.version)
        XCTAssertEqual(quote.version.alternatives.map(\.alternative), [Self.alternative])
        XCTAssertEqual(quote.version.alternatives.map(\.lines), [Self.lines])
        XCTAssertEqual(try store.read { db in try SaleActivity.fetchAll(db) }, [Self.activity])
        XCTAssertEqual(try store.documents(), [Self.document])
        // Every decimal keeps the scale it was written with ("4.500" stays "4.500").
        XCTAssertEqual(try canonicalJSON(quote.version.alternatives[0].lines), try canonicalJSON(Self.lines))
        XCTAssertEqual(try canonicalJSON(store.product(code: "GUDB-1", in: priceList)), try canonicalJSON(Self.product))
    }

    func testADatabaseLeftByEveryEarlierMigrationUpgradesToTheCurrentSchema() throws {
        XCTAssertFalse(earlierMigrations.isEmpty, "there is an earlier migration to upgrade from")
        for (index, identifier) in earlierMigrations.enumerated() {
            let path = folder.path("prefix-\(index).sqlite")
            // A company is valid in every schema since the first.
            try Self.olderDatabase(at: path, upTo: identifier) { db in
                try db.execute(sql: "INSERT INTO company (id, code, name, city) VALUES (1, 'KEEP', 'Kept since \(identifier)', 'Lund')")
            }
            let store = try QuoteDatabase.open(at: path)
            XCTAssertEqual(try store.appliedMigrations(), SchemaMigrations.knownIdentifiers, "upgraded from \(identifier)")
            XCTAssertEqual(try store.company(code: "KEEP").company,
                           Company(id: 1, code: "KEEP", name: "Kept since \(identifier)", address: PostalAddress(city: "Lund")),
                           "upgraded from \(identifier)")
            XCTAssertEqual(try store.saleTypes().map(\.name), ["Standard"], "upgraded from \(identifier)")
            XCTAssertNoThrow(try store.verifyIntegrity(), "upgraded from \(identifier)")
        }
    }

    // MARK: The rows, as plain SQL and as the model expects them back

    static func insertRepresentativeRows(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE ownCompany SET name = 'Northwind Traders', street = '1 Main St', city = 'Seattle', region = 'WA',
                postalCode = '98101', country = 'USA', phone = '+1 206 555 0100', email = 'sales@northwind.example',
                website = 'northwind.example', vatNumber = 'US-123' WHERE id = 1;
            INSERT INTO associate (id, userName, name, title, email, canApproveQuote)
            VALUES (1, 'mpeacock', 'Margaret Peacock', 'Sales Representative', 'margaret@northwind.example', 1);
            INSERT INTO company (id, code, name, street, city, region, postalCode, country, phone, fax)
            VALUES (1, 'BERGS', 'Berglunds snabbköp', 'Berguvsvägen 8', 'Luleå', '', 'S-958 22', 'Sweden', '0921-12 34 65', '0921-12 34 67');
            INSERT INTO person (id, companyId, firstName, lastName, title, email, phone)
            VALUES (1, 1, 'Christina', 'Berglund', 'Order Administrator', 'christina@bergs.example', '0921-12 34 66');
            INSERT INTO priceList (id, name, description, currency, validFrom, validTo, isActive, isERPCopy)
            VALUES (1, 'Nordic', 'Prices for the Nordic countries', 'SEK', '2026-01-01', '2026-12-31', 1, 0);
            INSERT INTO product (id, priceListId, code, name, description, quantityUnit, priceUnit, itemNumber, url,
                productCategory, productFamily, productType, supplier, supplierCode, vatPercent, vatInfo, unitCost,
                unitMinimumPrice, unitListPrice, inAssortment, stock, isSubscription, subscriptionUnit,
                defaultSubscriptionQuantity, imageMediaType, imageBytes, extraField1, extraField2)
            VALUES (1, 1, 'GUDB-1', 'Gudbrandsdalsost', 'Brown cheese', '10 kg pkg.', 'pkg.', '1.4.2', 'https://example.com/gudb',
                'Dairy Products', 'Cheese', 'Goods', 'Norske Meierier', 'NM-69', '12.50', 'Inc VAT', '250.125',
                '300', '360.00', 1, '26.5', 0, '', NULL, 'image/gif', X'474946383961', 'chilled', 'fragile');
            INSERT INTO sale (id, number, title, ownerId, companyId, personId, saleTypeId, currency, status, amount, date)
            VALUES (1, 'S-7', 'Cheese for the winter', 1, 1, 1, (SELECT id FROM saleType WHERE name = 'Standard'), 'SEK', 'open', '1368.90', '2026-03-02');
            INSERT INTO quote (id, saleId, number, connectionName, poNumber, orderComment)
            VALUES (1, 1, 'Q-7', 'Standalone', '', '');
            INSERT INTO quoteVersion (id, quoteId, rank, state, status, reason, description, paymentTerms, deliveryTerms,
                deliveryStreet, deliveryCity, deliveryPostalCode, deliveryCountry, roundingPolicy, extraField1)
            VALUES (1, 1, 1, 'draft', 'okWithInfo', 'a line has no cost', 'Winter order', '30 days net', 'FCA Luleå',
                'Berguvsvägen 8', 'Luleå', 'S-958 22', 'Sweden', 'perTotal', '12.75');
            INSERT INTO quoteAlternative (id, versionId, rank, name, description, discountPercent, discountAmount, valueOverride,
                subTotal, totalPrice, vatAmount, earningAmount, earningPercent, status, reason)
            VALUES (1, 1, 1, 'Standard', 'As asked', '5', '72.05', 'discountPercent',
                '1441.00', '1368.95', '171.12', '368.45', '26.9148', 'ok', '');
            INSERT INTO quoteLine (id, alternativeId, rank, productId, code, name, quantityUnit, vatPercent, unitCost,
                unitListPrice, quantity, discountPercent, discountAmount, valueOverride, subTotal, totalPrice,
                earningAmount, earningPercent, status, reason)
            VALUES (1, 1, 1, 1, 'GUDB-1', 'Gudbrandsdalsost', '10 kg pkg.', '12.50', '250.125',
                '360.00', '4.500', '0', '0.00', 'none', '1620.00', '1620.00', '494.4375', '30.5208', 'ok', '');
            INSERT INTO quoteLine (id, alternativeId, rank, name, vatPercent, unitListPrice, quantity, discountPercent,
                discountAmount, valueOverride, subTotal, totalPrice, status, reason)
            VALUES (2, 1, 2, 'Freight', '0', '-179.00', '1', '0', '0', 'totalPrice', '-179.00', '-179.00', 'okWithInfo', 'no cost');
            UPDATE quoteVersion SET favouriteAlternativeId = 1, state = 'sent', sentDate = '2026-03-07', expirationDate = '2026-04-06'
            WHERE id = 1;
            INSERT INTO saleActivity (id, kind, saleId, quoteVersionId, associateId, date, text)
            VALUES (1, 'quoteSent', 1, 1, 1, '2026-03-07 10:15:30.250', 'Quote Q-7 version 1 sent');
            INSERT INTO document (id, activityId, quoteVersionId, kind, format, path, sha256, byteSize, templateName,
                templateHash, engineVersion, created)
            VALUES (1, 1, 1, 'proposal', 'html', 'S-7/Q-7-v1-proposal.html',
                '\(String(repeating: "ab", count: 32))', 36812, 'proposal.html', '\(String(repeating: "cd", count: 32))', '0.1.0',
                '2026-03-07 10:15:30.250');
            """)
    }

    static let ownCompany = OwnCompany(
        name: "Northwind Traders",
        address: PostalAddress(street: "1 Main St", city: "Seattle", region: "WA", postalCode: "98101", country: "USA"),
        phone: "+1 206 555 0100", email: "sales@northwind.example", website: "northwind.example", vatNumber: "US-123")
    static let associate = Associate(
        id: 1, userName: "mpeacock", name: "Margaret Peacock", title: "Sales Representative",
        email: "margaret@northwind.example", canApproveQuote: true)
    static let company = Company(
        id: 1, code: "BERGS", name: "Berglunds snabbköp",
        address: PostalAddress(street: "Berguvsvägen 8", city: "Luleå", region: "", postalCode: "S-958 22", country: "Sweden"),
        phone: "0921-12 34 65", fax: "0921-12 34 67")
    static let person = Person(
        id: 1, companyId: 1, firstName: "Christina", lastName: "Berglund", title: "Order Administrator",
        email: "christina@bergs.example", phone: "0921-12 34 66")
    static let priceList = PriceList(
        id: 1, name: "Nordic", description: "Prices for the Nordic countries", currency: Currency(code: "SEK")!,
        validFrom: LocalDate(year: 2026, month: 1, day: 1), validTo: LocalDate(year: 2026, month: 12, day: 31))
    static let product = Product(
        id: 1, priceListId: 1, code: "GUDB-1", name: "Gudbrandsdalsost", description: "Brown cheese",
        quantityUnit: "10 kg pkg.", priceUnit: "pkg.", itemNumber: "1.4.2", url: "https://example.com/gudb",
        productCategory: "Dairy Products", productFamily: "Cheese", productType: "Goods", supplier: "Norske Meierier",
        supplierCode: "NM-69", vatPercent: ExactDecimal("12.50")!, vatInfo: "Inc VAT", unitCost: ExactDecimal("250.125")!,
        unitMinimumPrice: 300, unitListPrice: ExactDecimal("360.00")!, inAssortment: true, stock: ExactDecimal("26.5")!,
        image: ProductImage(mediaType: "image/gif", bytes: Array("GIF89a".utf8)), extraFields: ExtraFields(["chilled", "fragile"]))
    static let sale = Sale(
        id: 1, number: "S-7", title: "Cheese for the winter", ownerId: 1, companyId: 1, personId: 1, saleTypeId: 1,
        currency: Currency(code: "SEK")!, status: .open, amount: ExactDecimal("1368.90")!, date: LocalDate(year: 2026, month: 3, day: 2)!)
    static let quote = Quote(id: 1, saleId: 1, number: "Q-7")
    static let version = QuoteVersion(
        id: 1, quoteId: 1, rank: 1, state: .sent, status: .okWithInfo, reason: "a line has no cost", description: "Winter order",
        sentDate: LocalDate(year: 2026, month: 3, day: 7), expirationDate: LocalDate(year: 2026, month: 4, day: 6),
        favouriteAlternativeId: 1, paymentTerms: "30 days net", deliveryTerms: "FCA Luleå",
        deliveryAddress: PostalAddress(street: "Berguvsvägen 8", city: "Luleå", postalCode: "S-958 22", country: "Sweden"),
        roundingPolicy: .perTotal, extraFields: ExtraFields(["12.75"]))
    static let alternative = QuoteAlternative(
        id: 1, versionId: 1, rank: 1, name: "Standard", description: "As asked", discountPercent: 5,
        discountAmount: ExactDecimal("72.05")!, valueOverride: .discountPercent, subTotal: ExactDecimal("1441.00")!,
        totalPrice: ExactDecimal("1368.95")!, vatAmount: ExactDecimal("171.12")!, earningAmount: ExactDecimal("368.45")!,
        earningPercent: ExactDecimal("26.9148")!)
    static let lines = [
        QuoteLine(
            id: 1, alternativeId: 1, rank: 1, productId: 1, code: "GUDB-1", name: "Gudbrandsdalsost", quantityUnit: "10 kg pkg.",
            vatPercent: ExactDecimal("12.50")!, unitCost: ExactDecimal("250.125")!, unitListPrice: ExactDecimal("360.00")!,
            quantity: ExactDecimal("4.500")!, discountPercent: 0, discountAmount: ExactDecimal("0.00")!, valueOverride: .none,
            subTotal: ExactDecimal("1620.00")!, totalPrice: ExactDecimal("1620.00")!, earningAmount: ExactDecimal("494.4375")!,
            earningPercent: ExactDecimal("30.5208")!),
        QuoteLine(
            id: 2, alternativeId: 1, rank: 2, name: "Freight", unitListPrice: ExactDecimal("-179.00")!, quantity: 1,
            valueOverride: .totalPrice, subTotal: ExactDecimal("-179.00")!, totalPrice: ExactDecimal("-179.00")!,
            status: .okWithInfo, reason: "no cost"),
    ]
    static let activity = SaleActivity(
        id: 1, kind: .quoteSent, saleId: 1, quoteVersionId: 1, associateId: 1, date: instant(milliseconds: 1_772_878_530_250),
        text: "Quote Q-7 version 1 sent")
    static let document = Document(
        id: 1, activityId: 1, quoteVersionId: 1, kind: .proposal, format: .html, path: "S-7/Q-7-v1-proposal.html",
        sha256: String(repeating: "ab", count: 32), byteSize: 36812, templateName: "proposal.html",
        templateHash: String(repeating: "cd", count: 32), engineVersion: "0.1.0", created: instant(milliseconds: 1_772_878_530_250))
}
