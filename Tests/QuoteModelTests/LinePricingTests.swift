import XCTest
@testable import QuoteModel

/// The five linked line fields (reference §3.1), starting from SuperOffice's worked example:
/// cost 10, list price 13, quantity 10, 10 % discount.
final class LinePricingTests: XCTestCase {
    let perLine = PriceCalculator(currency: .usd, policy: .perLine)
    let perTotal = PriceCalculator(currency: .usd, policy: .perTotal)

    private func exampleLine(quantity: String = "10") -> QuoteLine {
        QuoteLine(
            alternativeId: 1, rank: 1, name: "Widget", unitCost: dec("10"), unitListPrice: dec("13"),
            quantity: dec(quantity), discountPercent: dec("10"), valueOverride: .discountPercent)
    }

    private func percent2(_ value: ExactDecimal?) -> String? {
        value?.description(decimals: 2)
    }

    func testWorkedExampleTenPercentOnTenUnits() throws {
        let line = try perLine.price(exampleLine())
        XCTAssertEqual(line.subTotal, dec("130"))
        XCTAssertEqual(line.discountAmount, dec("13"))
        XCTAssertEqual(line.totalPrice, dec("117"))
        XCTAssertEqual(line.earningAmount, dec("17"))
        XCTAssertEqual(percent2(line.earningPercent), "14.53")
        XCTAssertEqual(line.discountPercent, dec("10"))
        // Money is stored at the currency's minor unit.
        XCTAssertEqual(line.subTotal.description, "130.00")
        XCTAssertEqual(line.discountAmount.description, "13.00")
        XCTAssertEqual(line.totalPrice.description, "117.00")
    }

    func testWorkedExampleQuantityChangeKeepsTheDiscountPercent() throws {
        var line = try perLine.price(exampleLine())
        line.quantity = dec("100")
        line = try perLine.price(line)
        XCTAssertEqual(line.discountPercent, dec("10"))
        XCTAssertEqual(line.subTotal, dec("1300"))
        XCTAssertEqual(line.discountAmount, dec("130"))
        XCTAssertEqual(line.totalPrice, dec("1170"))
        XCTAssertEqual(line.earningAmount, dec("170"))
    }

    func testWorkedExampleDiscountAmountAsMaster() throws {
        var line = try perLine.price(exampleLine(quantity: "100"))
        line.discountAmount = dec("100")
        line.valueOverride = .discountAmount
        line = try perLine.price(line)
        XCTAssertEqual(line.discountAmount, dec("100"))
        XCTAssertEqual(percent2(line.discountPercent), "7.69")
        XCTAssertEqual(line.totalPrice, dec("1200"))
        XCTAssertEqual(line.earningAmount, dec("200"))
    }

    func testWorkedExampleTotalPriceAsMaster() throws {
        var line = try perLine.price(exampleLine(quantity: "100"))
        line.totalPrice = dec("1100")
        line.valueOverride = .totalPrice
        line = try perLine.price(line)
        XCTAssertEqual(line.totalPrice, dec("1100"))
        XCTAssertEqual(line.discountAmount, dec("200"))
        XCTAssertEqual(percent2(line.discountPercent), "15.38")
        XCTAssertEqual(line.earningAmount, dec("100"))
        XCTAssertEqual(percent2(line.earningPercent), "9.09")
    }

    func testTotalPriceMasterSurvivesAQuantityChange() throws {
        var line = exampleLine(quantity: "100")
        line.totalPrice = dec("1100")
        line.valueOverride = .totalPrice
        line = try perLine.price(line)
        line.quantity = dec("50")
        line = try perLine.price(line)
        XCTAssertEqual(line.totalPrice, dec("1100"))
        XCTAssertEqual(line.subTotal, dec("650"))
        XCTAssertEqual(line.discountAmount, dec("-450"))
        XCTAssertEqual(line.earningAmount, dec("600"))
    }

    func testEarningAmountAsMaster() throws {
        var line = exampleLine()
        line.earningAmount = dec("10")
        line.valueOverride = .earningAmount
        line = try perLine.price(line)
        XCTAssertEqual(line.earningAmount, dec("10"))
        XCTAssertEqual(line.totalPrice, dec("110"))
        XCTAssertEqual(line.discountAmount, dec("20"))
        XCTAssertEqual(percent2(line.discountPercent), "15.38")
        XCTAssertEqual(percent2(line.earningPercent), "9.09")
    }

    func testEarningPercentAsMaster() throws {
        var line = exampleLine()
        line.earningPercent = dec("20")
        line.valueOverride = .earningPercent
        line = try perLine.price(line)
        XCTAssertEqual(line.earningPercent, dec("20"))
        XCTAssertEqual(line.totalPrice, dec("125"))
        XCTAssertEqual(line.discountAmount, dec("5"))
        XCTAssertEqual(percent2(line.discountPercent), "3.85")
        XCTAssertEqual(line.earningAmount, dec("25"))
    }

    func testEarningPercentAsMasterRoundsThePriceToTheMinorUnit() throws {
        var line = exampleLine()
        line.earningPercent = dec("30")
        line.valueOverride = .earningPercent
        line = try perLine.price(line)
        // 100 / 0.7 = 142.857142…
        XCTAssertIdentical(line.totalPrice, "142.86")
        XCTAssertEqual(line.earningAmount, dec("42.86"))
        XCTAssertEqual(line.earningPercent, dec("30"))
    }

    func testEarningPercentOfAHundredOrMoreThrows() throws {
        for percent in ["100", "100.00", "150", "1000"] {
            var line = exampleLine()
            line.earningPercent = dec(percent)
            line.valueOverride = .earningPercent
            XCTAssertThrowsError(try perLine.price(line), percent) { error in
                XCTAssertTrue(error is QuoteError)
            }
        }
    }

    func testEarningMastersWithoutCostThrow() throws {
        for master in [ValueOverride.earningAmount, .earningPercent] {
            var line = exampleLine()
            line.unitCost = nil
            line.earningAmount = dec("10")
            line.earningPercent = dec("10")
            line.valueOverride = master
            XCTAssertThrowsError(try perLine.price(line), master.rawValue)
        }
    }

    func testLineWithoutCostHasNoEarning() throws {
        for master in [ValueOverride.none, .discountPercent, .discountAmount, .totalPrice] {
            var line = exampleLine()
            line.unitCost = nil
            line.earningAmount = dec("99")
            line.earningPercent = dec("99")
            line.valueOverride = master
            line = try perLine.price(line)
            XCTAssertNil(line.earningAmount, master.rawValue)
            XCTAssertNil(line.earningPercent, master.rawValue)
        }
    }

    func testERPDiscountPercentAppliesWithoutMaster() throws {
        var line = exampleLine()
        line.valueOverride = .none
        line.discountPercent = .zero
        line.erpDiscountPercent = dec("5")
        line = try perLine.price(line)
        XCTAssertEqual(line.discountPercent, dec("5"))
        XCTAssertEqual(line.discountAmount, dec("6.50"))
        XCTAssertEqual(line.totalPrice, dec("123.50"))
        XCTAssertEqual(line.earningAmount, dec("23.50"))
    }

    func testERPDiscountAmountAppliesWithoutMaster() throws {
        var line = exampleLine()
        line.valueOverride = .none
        line.discountPercent = .zero
        line.erpDiscountAmount = dec("13")
        line = try perLine.price(line)
        XCTAssertEqual(line.discountAmount, dec("13"))
        XCTAssertEqual(line.discountPercent, dec("10"))
        XCTAssertEqual(line.totalPrice, dec("117"))
    }

    func testERPDiscountIsIgnoredWhenTheUserSetAMaster() throws {
        var line = exampleLine()
        line.erpDiscountPercent = dec("50")
        line = try perLine.price(line)
        XCTAssertEqual(line.discountPercent, dec("10"))
        XCTAssertEqual(line.totalPrice, dec("117"))
    }

    func testNoMasterAndNoERPDiscountKeepsTheDiscountPercent() throws {
        var line = exampleLine()
        line.valueOverride = .none
        line = try perLine.price(line)
        XCTAssertEqual(line.totalPrice, dec("117"))
    }

    func testPerLineRoundsEachLineToTheMinorUnit() throws {
        let line = try perLine.price(QuoteLine(alternativeId: 1, rank: 1, name: "Third", unitListPrice: dec("0.333"), quantity: dec("3")))
        XCTAssertIdentical(line.subTotal, "1.00")
        XCTAssertIdentical(line.totalPrice, "1.00")
    }

    func testPerTotalKeepsFullPrecisionOnTheLine() throws {
        let line = try perTotal.price(QuoteLine(alternativeId: 1, rank: 1, name: "Third", unitListPrice: dec("0.333"), quantity: dec("3")))
        XCTAssertIdentical(line.subTotal, "0.999")
        XCTAssertEqual(line.totalPrice, dec("0.999"))
    }

    func testPerLineRoundsTheDiscountHalfUp() throws {
        // 12.35 × 10 % = 1.235 → 1.24.
        var line = QuoteLine(alternativeId: 1, rank: 1, name: "X", unitListPrice: dec("12.35"), quantity: dec("1"), discountPercent: dec("10"), valueOverride: .discountPercent)
        line = try perLine.price(line)
        XCTAssertIdentical(line.discountAmount, "1.24")
        XCTAssertIdentical(line.totalPrice, "11.11")
        let exact = try perTotal.price(line)
        XCTAssertEqual(exact.discountAmount, dec("1.235"))
        XCTAssertEqual(exact.totalPrice, dec("11.115"))
    }

    func testJapaneseYenRoundsToWholeUnits() throws {
        let yen = PriceCalculator(currency: Currency(code: "JPY")!, policy: .perLine)
        let line = try yen.price(QuoteLine(alternativeId: 1, rank: 1, name: "X", unitListPrice: dec("333.5"), quantity: dec("1"), discountPercent: dec("10"), valueOverride: .discountPercent))
        XCTAssertIdentical(line.subTotal, "334")
        XCTAssertIdentical(line.discountAmount, "33")
        XCTAssertIdentical(line.totalPrice, "301")
    }

    func testSubscriptionMultipliesByThePeriods() throws {
        var line = exampleLine()
        line.isSubscription = true
        line.subscriptionQuantity = dec("12")
        line = try perLine.price(line)
        XCTAssertEqual(line.subTotal, dec("1560"))
        XCTAssertEqual(line.totalPrice, dec("1404"))
        XCTAssertEqual(line.earningAmount, dec("204"))
    }

    func testSubscriptionQuantityIsIgnoredOnOrdinaryLines() throws {
        var line = exampleLine()
        line.subscriptionQuantity = dec("12")
        line = try perLine.price(line)
        XCTAssertEqual(line.subTotal, dec("130"))
    }

    func testZeroTotalHasNoEarningPercent() throws {
        var line = exampleLine()
        line.discountPercent = dec("100")
        line = try perLine.price(line)
        XCTAssertEqual(line.totalPrice, .zero)
        XCTAssertEqual(line.earningAmount, dec("-100"))
        XCTAssertNil(line.earningPercent)
    }

    func testCopyingAProductTakesItsFields() throws {
        let product = Product(
            id: 7, priceListId: 1, code: "P-1", name: "Chai", quantityUnit: "box", vatPercent: dec("25"),
            unitCost: dec("10"), unitListPrice: dec("13"), isSubscription: true, defaultSubscriptionQuantity: dec("12"),
            extraFields: ExtraFields(["a"]))
        let line = QuoteLine(copying: product, alternativeId: 3, rank: 2, quantity: dec("5"))
        XCTAssertEqual(line.productId, 7)
        XCTAssertEqual(line.alternativeId, 3)
        XCTAssertEqual(line.rank, 2)
        XCTAssertEqual(line.code, "P-1")
        XCTAssertEqual(line.name, "Chai")
        XCTAssertEqual(line.quantityUnit, "box")
        XCTAssertEqual(line.vatPercent, dec("25"))
        XCTAssertEqual(line.unitCost, dec("10"))
        XCTAssertEqual(line.unitListPrice, dec("13"))
        XCTAssertEqual(line.quantity, dec("5"))
        XCTAssertTrue(line.isSubscription)
        XCTAssertEqual(line.subscriptionQuantity, dec("12"))
        XCTAssertEqual(line.extraFields[1], "a")
    }
}
