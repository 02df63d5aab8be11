import QuoteModel
import XCTest

final class QuoteValidatorTests: XCTestCase {
    let today = LocalDate("2026-11-26")!
    let priceList = PriceList(id: 1, name: "Main", currency: .usd)
    let calculator = PriceCalculator(currency: .usd, policy: .perLine)

    func product(_ configure: (inout Product) -> Void = { _ in }) -> Product {
        var product = Product(id: 7, priceListId: 1, code: "P7", name: "Widget", unitCost: 10, unitMinimumPrice: 11, unitListPrice: 13)
        configure(&product)
        return product
    }

    func validator(product: Product, priceList: PriceList? = nil, saleType: SaleType = SaleType(name: "Standard")) -> QuoteValidator {
        let list = priceList ?? self.priceList
        return QuoteValidator(context: ValidationContext(
            saleCurrency: .usd, saleType: saleType, today: today, products: [product.id!: product], priceLists: [list.id!: list]))
    }

    /// A version of one alternative holding one line of `product`, priced.
    func version(_ product: Product, quantity: ExactDecimal = 10, discountPercent: ExactDecimal = 0) throws -> VersionWithAlternatives {
        var line = QuoteLine(copying: product, alternativeId: 1, rank: 1, quantity: quantity)
        line.valueOverride = .discountPercent
        line.discountPercent = discountPercent
        let alternative = try calculator.price(AlternativeWithLines(alternative: QuoteAlternative(id: 1, versionId: 1, name: "Standard"), lines: [line])).alternative
        return VersionWithAlternatives(version: QuoteVersion(id: 1, quoteId: 1, favouriteAlternativeId: 1), alternatives: [alternative])
    }

    func rules(_ version: VersionWithAlternatives) throws -> Set<ValidationRule> {
        let validator = validator(product: product())
        return try Set(version.alternatives.flatMap { alternative in
            try alternative.lines.flatMap { try validator.issues(for: $0) } + validator.issues(for: alternative)
        }.map(\.rule))
    }

    func testACleanVersionIsOk() throws {
        let validated = try validator(product: product()).validated(try version(product()))
        XCTAssertEqual(validated.version.status, .ok)
        XCTAssertEqual(validated.version.reason, "")
        XCTAssertEqual(validated.alternatives[0].lines[0].status, .ok)
    }

    func testProductOutOfAssortmentIsAWarning() throws {
        let discontinued = product { $0.inAssortment = false }
        let validated = try validator(product: discontinued).validated(try version(discontinued))
        XCTAssertEqual(validated.alternatives[0].lines[0].status, .warning)
        XCTAssertTrue(validated.version.reason.contains("not in the assortment"), validated.version.reason)
        XCTAssertEqual(validated.version.status, .warning)
    }

    func testInactiveExpiredOrForeignPriceListsAreErrors() throws {
        let cases: [(PriceList, String)] = [
            (PriceList(id: 1, name: "Main", currency: .usd, isActive: false), "inactive"),
            (PriceList(id: 1, name: "Main", currency: .usd, validTo: LocalDate("2026-11-25")), "not valid on 2026-11-26"),
            (PriceList(id: 1, name: "Main", currency: .usd, validFrom: LocalDate("2026-11-27")), "not valid on 2026-11-26"),
            (PriceList(id: 1, name: "Main", currency: .eur), "is in EUR, the sale in USD"),
        ]
        for (list, message) in cases {
            let validated = try validator(product: product(), priceList: list).validated(try version(product()))
            XCTAssertEqual(validated.version.status, .error, message)
            XCTAssertTrue(validated.version.reason.contains(message), validated.version.reason)
        }
    }

    func testAPriceValidOnItsLastDayIsFine() throws {
        let list = PriceList(id: 1, name: "Main", currency: .usd, validFrom: LocalDate("2026-11-26"), validTo: LocalDate("2026-11-26"))
        XCTAssertEqual(try validator(product: product(), priceList: list).validated(try version(product())).version.status, .ok)
    }

    func testBelowMinimumPriceIsAnErrorAndBelowCostAWarning() throws {
        // 13 list, 20 % off → 10.40 a unit: below the minimum of 11, above the cost of 10.
        let belowMinimum = try validator(product: product()).validated(try version(product(), discountPercent: 20))
        XCTAssertEqual(belowMinimum.alternatives[0].lines[0].status, .error)
        XCTAssertTrue(belowMinimum.version.reason.contains("below the minimum price of 11"), belowMinimum.version.reason)
        // No minimum; 30 % off → 9.10 a unit, below the cost of 10.
        let noMinimum = product { $0.unitMinimumPrice = nil }
        let belowCost = try validator(product: noMinimum).validated(try version(noMinimum, discountPercent: 30))
        XCTAssertEqual(belowCost.alternatives[0].lines[0].status, .warning)
        XCTAssertTrue(belowCost.version.reason.contains("below its cost of 10"), belowCost.version.reason)
    }

    func testZeroTotalIsAWarning() throws {
        let free = product { $0.unitMinimumPrice = nil; $0.unitCost = nil }
        let validated = try validator(product: free).validated(try version(free, discountPercent: 100))
        XCTAssertEqual(validated.version.status, .warning)
        XCTAssertEqual(try rules(validated), [.zeroTotal])
    }

    func testNegativeTotalIsAnError() throws {
        var line = QuoteLine(alternativeId: 1, rank: 1, name: "Credit", unitListPrice: 5, quantity: 1)
        line.valueOverride = .discountAmount
        line.discountAmount = 8
        let alternative = try calculator.price(AlternativeWithLines(alternative: QuoteAlternative(id: 1, versionId: 1, name: "Standard"), lines: [line])).alternative
        let validated = try validator(product: product()).validated(VersionWithAlternatives(version: QuoteVersion(quoteId: 1), alternatives: [alternative]))
        XCTAssertEqual(validated.version.status, .error)
        XCTAssertTrue(validated.version.reason.contains("negative total"), validated.version.reason)
    }

    func testDiscountOverTheSaleTypeLimitNeedsApproval() throws {
        let free = product { $0.unitMinimumPrice = nil; $0.unitCost = nil }
        let saleType = SaleType(name: "Tight", maxDiscountPercent: 20)
        let within = try validator(product: free, saleType: saleType).validated(try version(free, discountPercent: 20))
        XCTAssertEqual(within.version.status, .ok, "exactly at the limit is allowed")
        let over = try validator(product: free, saleType: saleType).validated(try version(free, discountPercent: 21))
        XCTAssertEqual(over.alternatives[0].alternative.status, .warning)
        XCTAssertTrue(over.version.reason.contains("total discount of 21.00 %, above the limit of 20 %"), over.version.reason)
    }

    func testEarningUnderTheSaleTypeMinimumNeedsApproval() throws {
        let costly = product { $0.unitMinimumPrice = nil }
        let saleType = SaleType(name: "Margins", minEarningPercent: 25)
        // 13 list, cost 10: earning 3/13 = 23.08 %.
        let validated = try validator(product: costly, saleType: saleType).validated(try version(costly))
        XCTAssertEqual(validated.version.status, .warning)
        XCTAssertTrue(validated.version.reason.contains("earns 23.08 %, below the minimum of 25 %"), validated.version.reason)
    }

    func testVersionStatusIsTheWorstBelowItAndItsReasonListsEveryProblem() throws {
        let discontinued = product { $0.inAssortment = false }
        var tree = try version(discontinued, discountPercent: 20)  // warning + error on one line
        var second = tree.alternatives[0]
        second.alternative.id = 2
        second.alternative.name = "Second"
        tree.alternatives.append(second)
        let validated = try validator(product: discontinued).validated(tree)
        XCTAssertEqual(validated.version.status, .error)
        let reasons = validated.version.reason.split(separator: "\n")
        XCTAssertEqual(reasons.count, 4, validated.version.reason)
        XCTAssertEqual(validated.alternatives[1].alternative.status, .error)
    }

    func testAnEmptyAlternativeIsInformation() throws {
        let empty = VersionWithAlternatives(version: QuoteVersion(quoteId: 1), alternatives: [AlternativeWithLines(alternative: QuoteAlternative(versionId: 1, name: "Empty"), lines: [])])
        let validated = try validator(product: product()).validated(empty)
        XCTAssertEqual(validated.version.status, .okWithInfo)
        XCTAssertTrue(validated.version.reason.contains("has no lines"))
    }
}
