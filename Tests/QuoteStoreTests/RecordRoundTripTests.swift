import Foundation
import GRDB
import QuoteModel
import XCTest
@testable import QuoteStore

/// Every entity, with every optional filled, goes into the store and comes back identical:
/// equal, and with every decimal printing exactly as it went in.
final class RecordRoundTripTests: XCTestCase {
    /// One of each entity type, fully populated, as inserted.
    struct Chain {
        var connection: ERPConnection
        var associate: Associate
        var approver: Associate
        var company: Company
        var person: Person
        var saleType: SaleType
        var sale: Sale
        var priceList: PriceList
        var product: Product
        var quote: Quote
        var version: QuoteVersion
        var alternative: QuoteAlternative
        var line: QuoteLine
        var activity: SaleActivity
        var document: Document
    }

    static let address = PostalAddress(street: "Obere Str. 57\nHinterhaus", city: "Berlin", region: "BE", postalCode: "12209", country: "Germany")
    static let otherAddress = PostalAddress(street: "12, rue des Bouchers", city: "Marseille", region: "PACA", postalCode: "13008", country: "France")
    static let extra = ExtraFields(["one", "two ‘quoted’", "three, with comma", "four\nlines", "five 🎉"])
    static let imageBytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0xFF, 0x7F, 0x80, 0x01]

    static func insertChain(into store: QuoteDatabase) throws -> Chain {
        try store.write { db in
            var connection = try ERPConnection(
                name: "ERP Connector", connectorName: "tryton", description: "Tryton in Lund, ‘quoted’",
                settings: ["url": "https://erp.example/tryton/", "password-env": "TRYTON_PASSWORD", "note": "two\nlines, \"quoted\" 🎉", "": ""],
                clientKey: "6f1c2a9e-7d3b-4e5f-8a1b-2c3d4e5f6a7b",
                sync: SyncSettings(isActive: true, priority: 3, conflictWinner: .crm, pushOnOrder: true)
            ).inserted(db)
            let associate = try Associate(
                userName: "afuller", name: "Andrew Fuller", title: "Vice President, Sales", email: "andrew@example.com",
                canApproveQuote: true
            ).inserted(db)
            let approver = try Associate(userName: "sbuchanan", name: "Steven Buchanan", title: "Sales Manager", email: "steven@example.com", canApproveQuote: true).inserted(db)
            let company = try Company(code: "ALFKI", name: "Alfreds Futterkiste O'Neil", address: address, phone: "030-0074321", fax: "030-0076545",
                email: "info@alfki.example", vatNumber: "DE 136 695 976").inserted(db)
            let person = try Person(
                companyId: company.id!, firstName: "Maria", lastName: "Anders", title: "Sales Representative",
                email: "maria@example.com", phone: "+49 30 0074321"
            ).inserted(db)
            let saleType = try SaleType(
                name: "Key account", quoteValidityDays: 45, allowsAlternatives: false, maxDiscountPercent: dec("12.50"),
                minEarningPercent: dec("-3.5"), quoteTemplate: "key-proposal", confirmationTemplate: "key-confirmation"
            ).inserted(db)
            let sale = try Sale(
                number: "10248", title: "Vins et alcools", ownerId: associate.id!, companyId: company.id!, personId: person.id!,
                saleTypeId: saleType.id!, currency: Currency(code: "KWD")!, status: .sold, amount: dec("1234.5600"), date: day("2024-02-29")
            ).inserted(db)
            let priceList = try PriceList(
                name: "Northwind 2026", description: "Prices from March", currency: .eur, validFrom: day("2026-03-01"),
                validTo: day("2026-12-31"), isActive: false, isERPCopy: true
            ).inserted(db)
            let product = try Product(
                priceListId: priceList.id!, code: "1", name: "Chai", description: "Tea\twith spice", quantityUnit: "10 boxes x 20 bags",
                priceUnit: "box", itemNumber: "1.4.3.2", url: "https://example.com/chai?x=1&y=2", productCategory: "Beverages",
                productFamily: "Tea", productType: "Goods", supplier: "Exotic Liquids", supplierCode: "EL-1",
                vatPercent: dec("25.00"), vatInfo: "Inc VAT", unitCost: dec("0.001"), unitMinimumPrice: dec("-3.5"),
                unitListPrice: dec("1234.5600"), inAssortment: false, stock: dec("39.000"), isSubscription: true,
                subscriptionUnit: "month", defaultSubscriptionQuantity: dec("12.0"),
                image: ProductImage(mediaType: "image/png", bytes: imageBytes), extraFields: extra
            ).inserted(db)

            // The first quote and version give the fully populated ones something to point at.
            let firstQuote = try Quote(saleId: sale.id!, number: "Q-1").inserted(db)
            let firstVersion = try QuoteVersion(quoteId: firstQuote.id!).inserted(db)
            let alternative = try QuoteAlternative(
                versionId: firstVersion.id!, rank: 2, name: "Premium", description: "With delivery", discountPercent: dec("7.6923076923"),
                discountAmount: dec("100.00"), valueOverride: .discountAmount, erpDiscountPercent: dec("0.001"),
                erpDiscountAmount: dec("-3.5"), subTotal: dec("1300.00"), totalPrice: dec("1200.00"), vatAmount: dec("300.0000"),
                earningAmount: dec("200.00"), earningPercent: dec("16.6666666667"), status: .warning, reason: "discount above 5 %",
                extraFields: extra
            ).inserted(db)

            let secondSale = try Sale(
                number: "10249", title: "Toms Spezialitäten", ownerId: associate.id!, companyId: company.id!, personId: person.id!,
                saleTypeId: saleType.id!, currency: .eur, status: .open, amount: dec("-3.5"), date: day("2026-03-07")
            ).inserted(db)
            let quote = try Quote(
                saleId: secondSale.id!, number: "10249", connectionName: "ERP Connector", poNumber: "PO-77/1",
                orderComment: "Deliver before noon", acceptedAlternativeId: alternative.id!, orderDate: day("2026-03-09"),
                erpOrderKey: "sale.sale,10249", erpOrderNumber: "SO/10249", erpOrderState: "confirmed"
            ).inserted(db)
            let version = try QuoteVersion(
                quoteId: firstQuote.id!, rank: 2, state: .archived, archivedState: .sent, status: .error,
                reason: "line 1: below minimum price\nline 2: no cost", description: "Second try", sentDate: day("2026-03-08"),
                expirationDate: day("2026-04-07"), favouriteAlternativeId: alternative.id!, paymentTerms: "30 days net",
                paymentType: "Invoice", deliveryTerms: "FOB", deliveryType: "Truck", deliveryAddress: address,
                invoiceAddress: otherAddress, roundingPolicy: .perTotal,
                approval: Approval(
                    requestedApproverId: approver.id!, requestComment: "Please approve", approvedById: approver.id!,
                    approvalText: "OK by phone", registeredById: associate.id!, registeredAt: instant(milliseconds: 1_772_900_000_123)),
                extraFields: extra
            ).inserted(db)
            let line = try QuoteLine(
                alternativeId: alternative.id!, rank: 3, productId: product.id!, erpProductKey: "product.product,1", code: "1", name: "Chai",
                description: "Tea",
                quantityUnit: "box", priceUnit: "box", itemNumber: "1.4", url: "https://example.com/chai", productCategory: "Beverages",
                productFamily: "Tea", productType: "Goods", supplier: "Exotic Liquids", supplierCode: "EL-1", vatPercent: dec("25.00"),
                vatInfo: "Inc VAT", unitCost: dec("0.001"), unitMinimumPrice: dec("-3.5"), unitListPrice: dec("1234.5600"),
                quantity: dec("1000000000.000"), isSubscription: true, subscriptionUnit: "month", subscriptionQuantity: dec("12.0"),
                discountPercent: dec("7.6923076923"), discountAmount: dec("100.00"), erpDiscountPercent: dec("0.001"),
                erpDiscountAmount: dec("-3.5"), valueOverride: .earningPercent, subTotal: dec("1300.00"), totalPrice: dec("1200.00"),
                earningAmount: dec("200.00"), earningPercent: dec("16.6666666667"), status: .okWithInfo, reason: "price changed",
                extraFields: extra
            ).inserted(db)
            let activity = try SaleActivity(
                kind: .quoteSent, saleId: sale.id!, quoteVersionId: version.id!, associateId: associate.id!,
                date: instant(milliseconds: 1_772_985_600_999), text: "Sent by e-mail"
            ).inserted(db)
            let document = try Document(
                activityId: activity.id!, quoteVersionId: version.id!, kind: .orderConfirmation, format: .xml,
                path: "out/10249 v2/confirmation.xml", sha256: String(repeating: "ab", count: 32), byteSize: 123_456_789_012,
                templateName: "order-confirmation", templateHash: String(repeating: "0f", count: 32), engineVersion: "1.2.3",
                created: instant(milliseconds: -86_400_001)
            ).inserted(db)
            // Removed once its quote is made: no new quote can use it.
            connection.isDeleted = true
            try connection.update(db)
            return Chain(
                connection: connection, associate: associate, approver: approver, company: company, person: person, saleType: saleType,
                sale: sale, priceList: priceList, product: product, quote: quote, version: version, alternative: alternative, line: line,
                activity: activity, document: document)
        }
    }

    var store: QuoteDatabase!
    var chain: Chain!

    override func setUpWithError() throws {
        store = try QuoteDatabase.inMemory()
        chain = try Self.insertChain(into: store)
    }

    override func tearDown() {
        store = nil
        chain = nil
    }

    func testAssociateRoundTrips() throws {
        try assertFetchesBack(chain.associate, from: store)
        try assertFetchesBack(chain.approver, from: store)
    }

    func testCompanyRoundTripsWithItsAddress() throws {
        let company = try assertFetchesBack(chain.company, from: store)
        XCTAssertEqual(company.address, Self.address)
    }

    func testPersonRoundTrips() throws {
        try assertFetchesBack(chain.person, from: store)
    }

    func testSaleTypeRoundTrips() throws {
        let saleType = try assertFetchesBack(chain.saleType, from: store)
        XCTAssertEqual(saleType.maxDiscountPercent?.description, "12.50")
        XCTAssertEqual(saleType.minEarningPercent?.description, "-3.5")
    }

    func testSaleRoundTrips() throws {
        let sale = try assertFetchesBack(chain.sale, from: store)
        XCTAssertEqual(sale.amount.description, "1234.5600")
        XCTAssertEqual(sale.currency.code, "KWD")
        XCTAssertEqual(sale.date.description, "2024-02-29")
    }

    func testPriceListRoundTrips() throws {
        try assertFetchesBack(chain.priceList, from: store)
    }

    func testProductRoundTripsWithItsImage() throws {
        let product = try assertFetchesBack(chain.product, from: store)
        XCTAssertEqual(product.image?.bytes, Self.imageBytes)
        XCTAssertEqual(product.image?.mediaType, "image/png")
        XCTAssertEqual(product.unitListPrice.description, "1234.5600")
        XCTAssertEqual(product.unitCost?.description, "0.001")
        XCTAssertEqual(product.stock?.description, "39.000")
        XCTAssertEqual(product.extraFields, Self.extra)
    }

    func testERPConnectionRoundTripsWithItsSettings() throws {
        let connection = try assertFetchesBack(chain.connection, from: store)
        XCTAssertEqual(connection.settings["note"], "two\nlines, \"quoted\" 🎉")
        XCTAssertEqual(connection.settings[""], "")
        XCTAssertTrue(connection.isDeleted)
    }

    func testQuoteRoundTrips() throws {
        let quote = try assertFetchesBack(chain.quote, from: store)
        XCTAssertEqual(quote.connectionName, "ERP Connector")
        XCTAssertEqual(quote.erpOrderKey, "sale.sale,10249")
    }

    func testQuoteVersionRoundTripsWithApprovalAndAddresses() throws {
        let version = try assertFetchesBack(chain.version, from: store)
        XCTAssertEqual(version.approval.registeredAt, instant(milliseconds: 1_772_900_000_123))
        XCTAssertEqual(version.deliveryAddress, Self.address)
        XCTAssertEqual(version.invoiceAddress, Self.otherAddress)
        XCTAssertEqual(version.approval.requestedApproverId, chain.approver.id)
    }

    func testQuoteAlternativeRoundTrips() throws {
        let alternative = try assertFetchesBack(chain.alternative, from: store)
        XCTAssertEqual(alternative.vatAmount.description, "300.0000")
        XCTAssertEqual(alternative.erpDiscountAmount?.description, "-3.5")
    }

    func testQuoteLineRoundTrips() throws {
        let line = try assertFetchesBack(chain.line, from: store)
        XCTAssertEqual(line.erpProductKey, "product.product,1")
        XCTAssertEqual(line.quantity.description, "1000000000.000")
        XCTAssertEqual(line.subscriptionQuantity?.description, "12.0")
        XCTAssertEqual(line.earningPercent?.description, "16.6666666667")
    }

    func testSaleActivityRoundTrips() throws {
        let activity = try assertFetchesBack(chain.activity, from: store)
        XCTAssertEqual(activity.date, instant(milliseconds: 1_772_985_600_999))
    }

    func testStateChangeRoundTrips() throws {
        let changes = try store.write { db in
            [
                try StateChange(
                    quoteVersionId: chain.version.id!, from: nil, to: .draft, associateId: chain.associate.id!,
                    at: instant(milliseconds: 1_772_985_600_001), note: "created").inserted(db),
                try StateChange(
                    quoteVersionId: chain.version.id!, from: .approved, to: .sent, associateId: chain.approver.id!,
                    at: instant(milliseconds: -1), note: "sent, ‘quoted’\nover two lines").inserted(db),
            ]
        }
        for change in changes {
            try assertFetchesBack(change, from: store)
        }
    }

    func testDocumentRoundTrips() throws {
        let document = try assertFetchesBack(chain.document, from: store)
        XCTAssertEqual(document.created, instant(milliseconds: -86_400_001))
        XCTAssertEqual(document.byteSize, 123_456_789_012)
    }

    /// The batch's multi-row insert writes the same columns, the same way, as the record's own.
    func testDocumentsInsertedTogetherRoundTripLikeOne() throws {
        var second = chain.document
        second.id = nil
        second.path = "out/10249 v2/confirmation.html"
        second.format = .html
        second.activityId = nil
        second.created = instant(milliseconds: 1_772_985_600_123)
        let third = Document(
            quoteVersionId: chain.version.id!, kind: .proposal, format: .xml, path: "p.xml", sha256: String(repeating: "1", count: 64),
            byteSize: 0, templateName: "proposal", templateHash: "", engineVersion: "1", created: instant(milliseconds: -1))
        try store.write { db in try db.insertRows([second, third]) }
        let fetched = try store.read { db in try Document.filter(Column("id") != chain.document.id!).order(Column("id")).fetchAll(db) }
        XCTAssertEqual(fetched.count, 2)
        for (original, back) in zip([second, third], fetched) {
            var expected = original
            expected.id = back.id
            XCTAssertEqual(back, expected)
        }
    }

    /// Rows go in by statements of a power of two of rows (7 = 4 + 2 + 1), kept and used again
    /// by the next insert: every row arrives once, in order, with its own values.
    func testRowsInsertedByPowersOfTwoArriveOnceInOrderAgainAndAgain() throws {
        XCTAssertEqual([1, 2, 3, 4, 7, 8, 255, 256, 257].map { Database.largestPowerOfTwo(atMost: $0) }, [1, 2, 2, 4, 4, 8, 128, 256, 256])
        XCTAssertEqual(Database.largestPowerOfTwo(atMost: 0), 1)
        func documents(_ prefix: String, _ count: Int) -> [Document] {
            (0..<count).map { index in
                Document(
                    quoteVersionId: chain.version.id!, kind: .orderConfirmation, format: .html, path: "\(prefix)/\(index).html",
                    sha256: String(repeating: "a", count: 64), byteSize: Int64(index), templateName: "order-confirmation", templateHash: "",
                    engineVersion: "1", created: instant(milliseconds: Int64(index)))
            }
        }
        let first = documents("first", 7), second = documents("second", 7)
        try store.write { db in try db.insertRows(first) }
        try store.write { db in try db.insertRows(second) }
        let fetched = try store.read { db in try Document.filter(Column("id") != chain.document.id!).order(Column("id")).fetchAll(db) }
        XCTAssertEqual(fetched.map(\.path), (first + second).map(\.path))
        XCTAssertEqual(fetched.map(\.byteSize), (first + second).map(\.byteSize))
    }

    func testDecimalsAreStoredAsTheirExactText() throws {
        let stored = try store.read { db in
            try Row.fetchOne(db, sql: "SELECT unitListPrice, unitCost, unitMinimumPrice, stock FROM product WHERE id = ?", arguments: [chain.product.id])
        }
        let row = try XCTUnwrap(stored)
        XCTAssertEqual(row["unitListPrice"] as String?, "1234.5600")
        XCTAssertEqual(row["unitCost"] as String?, "0.001")
        XCTAssertEqual(row["unitMinimumPrice"] as String?, "-3.5")
        XCTAssertEqual(row["stock"] as String?, "39.000")
    }

    func testDatesKeepMillisecondsAcrossManyInstants() throws {
        // A spread of whole-millisecond instants, including ones whose double is just below the
        // millisecond, must come back exactly.
        var activity = chain.activity
        for milliseconds: Int64 in [0, 1, 999, 1_000, 1_772_985_600_001, 1_772_985_600_123, 1_772_985_600_999, 4_102_444_799_999, -1, -62_135_596_800_000] {
            activity.id = nil
            activity.date = instant(milliseconds: milliseconds)
            let inserted = try store.write { db in try activity.inserted(db) }
            let fetched = try store.read { db in try SaleActivity.fetchOne(db, key: inserted.id!) }
            XCTAssertEqual(fetched?.date, activity.date, "\(milliseconds) ms")
        }
    }

    func testOptionalsLeftNilComeBackNil() throws {
        let (product, line, others) = try store.write { db -> (Product, QuoteLine, [any StoredEntity]) in
            let product = try Product(priceListId: chain.priceList.id!, code: "2", name: "Chang", unitListPrice: dec("19.00")).inserted(db)
            XCTAssertNil(product.unitCost)
            let line = try QuoteLine(alternativeId: chain.alternative.id!, rank: 1, name: "Free text", unitListPrice: dec("0"), quantity: dec("1")).inserted(db)
            let saleType = try SaleType(name: "Plain").inserted(db)
            let sale = try Sale(number: "1", title: "Plain", ownerId: chain.associate.id!, companyId: chain.company.id!,
                                saleTypeId: saleType.id!, currency: .usd, date: day("2026-01-01")).inserted(db)
            let quote = try Quote(saleId: sale.id!, number: "Q-plain").inserted(db)
            let version = try QuoteVersion(quoteId: quote.id!).inserted(db)
            let alternative = try QuoteAlternative(versionId: version.id!, name: "Standard").inserted(db)
            let priceList = try PriceList(name: "Plain", currency: .usd).inserted(db)
            let activity = try SaleActivity(kind: .followUp, saleId: sale.id!, associateId: chain.associate.id!, date: instant(milliseconds: 0)).inserted(db)
            let document = try Document(
                quoteVersionId: version.id!, kind: .proposal, format: .html, path: "p.html", sha256: String(repeating: "0", count: 64),
                byteSize: 0, templateName: "proposal", templateHash: "", engineVersion: "1", created: instant(milliseconds: 0)
            ).inserted(db)
            let company = try Company(code: "EMPTY", name: "").inserted(db)
            let person = try Person(companyId: company.id!, firstName: "", lastName: "").inserted(db)
            return (product, line, [saleType, sale, quote, version, alternative, priceList, activity, document, company, person])
        }
        let fetchedProduct = try assertFetchesBack(product, from: store)
        XCTAssertNil(fetchedProduct.image)
        XCTAssertNil(fetchedProduct.stock)
        XCTAssertNil(fetchedProduct.defaultSubscriptionQuantity)
        XCTAssertNil(fetchedProduct.unitMinimumPrice)
        let fetchedLine = try assertFetchesBack(line, from: store)
        XCTAssertNil(fetchedLine.productId)
        XCTAssertNil(fetchedLine.unitCost)
        XCTAssertNil(fetchedLine.earningAmount)
        XCTAssertNil(fetchedLine.erpDiscountAmount)
        XCTAssertNil(fetchedLine.subscriptionQuantity)
        for entity in others {
            try assertFetchesBackAny(entity)
        }
    }

    private func assertFetchesBackAny<T: StoredEntity>(_ value: T, file: StaticString = #filePath, line: UInt = #line) throws {
        try assertFetchesBack(value, from: store, file: file, line: line)
    }
}
