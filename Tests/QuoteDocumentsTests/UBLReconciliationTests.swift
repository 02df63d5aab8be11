import Foundation
import QuoteModel
import StorageInterface
import TemplateEngine
import XCTest

@testable import QuoteDocuments

/// What the customer receives adds up at every level. Random quotes (line discounts, an
/// alternative discount, VAT at 0, 12 and 25 %, currencies with 0, 2 and 3 decimals, per-line
/// rounding) are rendered as UBL Quotation and OrderResponse and as HTML, and every rule is
/// checked on the rendered documents: per line Price × Quantity (rounded to the minor unit) −
/// the line's allowances = LineExtensionAmount; the alternative discount as document-level
/// allowances per VAT category; the totals and tax subtotals by the arithmetic of EN 16931's
/// BR-CO-10 to BR-CO-15 and the tax of each category as its taxable amount × rate, rounded once;
/// no empty element; and the HTML's data-figure cells print the same numbers.
final class UBLReconciliationTests: XCTestCase {
    static let namespaces = [
        "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    ]
    static let jpy = Currency(code: "JPY")!
    static let kwd = Currency(code: "KWD")!

    // MARK: The issue's example

    func testThreeAt1234_567WithAnAlternativeDiscountOverThreeVATRatesReconcilesInUSDJPYAndKWD() throws {
        let fixture = try HTMLDocumentFixture()
        for (currency, price) in [(Currency.usd, "1234.567"), (Self.jpy, "1234.5"), (Self.kwd, "12.3456")] {
            let lines = [ExactDecimal(0), 12, 25].map { vat in
                QuoteLine(alternativeId: 0, rank: 0, name: "Item at \(vat) %", vatPercent: vat, unitListPrice: ExactDecimal(price)!, quantity: 3)
            }
            let detail = try Self.detail(fixture, currency: currency, lines: lines, alternativeDiscount: 10)
            for kind in [DocumentKind.proposal, .orderConfirmation] {
                let xml = try checkXML(fixture, detail, kind)
                XCTAssertEqual(try xml.strings("//cac:Price/cbc:PriceAmount", namespaces: Self.namespaces), [price, price, price], "\(currency) \(kind)")
                try checkHTML(fixture, detail, kind, against: xml)
            }
        }
    }

    func testTheUnitPricePrintsAtItsOwnPrecisionInTheHTML() throws {
        let fixture = try HTMLDocumentFixture()
        let culture = Culture.named("en-US")!
        for (currency, price, expected) in [(Currency.usd, "1234.567", "$1,234.567"), (Self.kwd, "12.3456", "12.3456"), (Self.jpy, "1234.5", "1,234.5"), (Currency.usd, "12", "$12.00")] {
            let line = QuoteLine(alternativeId: 0, rank: 0, name: "Item", vatPercent: 0, unitListPrice: ExactDecimal(price)!, quantity: 7)
            let detail = try Self.detail(fixture, currency: currency, lines: [line], alternativeDiscount: 0)
            let html = try XMLDocument(text: Self.render(fixture, detail, .proposal, .html), fileName: "proposal.html")
            let printed = try XCTUnwrap(try html.strings("//*[@data-figure='unitPrice']").first)
            XCTAssertTrue(printed.contains(expected), "\(currency): \(printed)")
            XCTAssertEqual(printed, culture.formatMoney(ExactDecimal(price)!, currency: currency, decimals: max(currency.minorUnits, ExactDecimal(price)!.normalized.scale)))
        }
    }

    // MARK: Random quotes

    func testRandomQuotesReconcileAtEveryLevelInTheUBLAndTheHTML() throws {
        let fixture = try HTMLDocumentFixture()
        var random = SplitMix64(seed: 0x5155_4F54_4544_4F43)
        for round in 0..<120 {
            let currency = [Currency.usd, Self.jpy, Self.kwd, .eur][Int.random(in: 0..<4, using: &random)]
            let lines = (0..<(1 + Int.random(in: 0..<8, using: &random))).map { _ in Self.randomLine(&random) }
            let alternativeDiscount = Int.random(in: 0..<2, using: &random) == 0 ? ExactDecimal.zero
                : ExactDecimal(significand: Int128(Int.random(in: 0..<3_001, using: &random)), scale: 2)
            let detail = try Self.detail(fixture, currency: currency, lines: lines, alternativeDiscount: alternativeDiscount)
            for kind in [DocumentKind.proposal, .orderConfirmation] {
                let xml = try checkXML(fixture, detail, kind, context: "round \(round)")
                try checkHTML(fixture, detail, kind, against: xml, context: "round \(round)")
            }
        }
    }

    static func randomLine(_ random: inout SplitMix64) -> QuoteLine {
        var line = QuoteLine(
            alternativeId: 0, rank: 0, name: "Random", vatPercent: [ExactDecimal(0), 12, 25][Int.random(in: 0..<3, using: &random)],
            unitListPrice: ExactDecimal(significand: Int128(Int.random(in: 0..<10_000_000, using: &random)), scale: Int.random(in: 0..<5, using: &random)),
            quantity: ExactDecimal(significand: Int128(1 + Int.random(in: 0..<200, using: &random)), scale: Int.random(in: 0..<2, using: &random)))
        if Int.random(in: 0..<2, using: &random) == 1 {
            line.valueOverride = .discountPercent
            line.discountPercent = ExactDecimal(significand: Int128(Int.random(in: 0..<4_001, using: &random)), scale: 2)
        }
        return line
    }

    // MARK: Rendering

    /// The fixture's quote with its first alternative (the favourite, and the accepted one for a
    /// confirmation) holding `lines`, priced per line in `currency`.
    static func detail(_ fixture: HTMLDocumentFixture, currency: Currency, lines: [QuoteLine], alternativeDiscount: ExactDecimal) throws -> QuoteDetail {
        var detail = fixture.source.detail
        var entry = detail.version.alternatives[0]
        entry.alternative.valueOverride = .discountPercent
        entry.alternative.discountPercent = alternativeDiscount
        entry.lines = lines.enumerated().map { index, line in
            var line = line
            line.alternativeId = entry.alternative.id ?? 0
            line.rank = index + 1
            return line
        }
        detail.sale.currency = currency
        detail.version.version.roundingPolicy = .perLine
        detail.version.alternatives[0] = try PriceCalculator(currency: currency, policy: .perLine).price(entry).alternative
        detail.quote.acceptedAlternativeId = entry.alternative.id
        detail.quote.orderDate = LocalDate(year: 2026, month: 3, day: 5)!
        return detail
    }

    static func render(_ fixture: HTMLDocumentFixture, _ detail: QuoteDetail, _ kind: DocumentKind, _ format: DocumentFormat) throws -> String {
        let documents = try fixture.renderer.render(
            detail, ownCompany: fixture.source.ownCompany, images: [:],
            options: DocumentOptions(kind: kind, alternatives: .favourite, culture: "en-US", issueDate: HTMLTemplateTests.issueDate),
            formats: [format])
        return String(decoding: documents[0].bytes, as: UTF8.self)
    }

    // MARK: The rules

    /// Renders the UBL document of `kind` and checks every rule on it; returns the parsed document.
    @discardableResult
    func checkXML(_ fixture: HTMLDocumentFixture, _ detail: QuoteDetail, _ kind: DocumentKind, context: String = "") throws -> XMLDocument {
        let currency = detail.sale.currency
        let text = try Self.render(fixture, detail, kind, .xml)
        let xml = try XMLDocument(text: text)
        let where_ = "\(context) \(currency) \(kind)\n\(text)"
        let total = kind == .proposal ? "/*/cac:QuotedMonetaryTotal" : "/*/cac:LegalMonetaryTotal"
        func amounts(_ path: String) throws -> [ExactDecimal] {
            try xml.strings(path, namespaces: Self.namespaces).map { try XCTUnwrap(ExactDecimal($0), "\(path): '\($0)'") }
        }
        func one(_ path: String) throws -> ExactDecimal {
            let found = try amounts(path)
            XCTAssertEqual(found.count, 1, "\(path)\n\(where_)")
            return found.first ?? .zero
        }
        func rounded(_ value: ExactDecimal) throws -> ExactDecimal { try currency.rounded(value) }

        // No empty element; every amount in the document currency, at most its minor unit (unit prices excepted).
        XCTAssertEqual(try xml.strings("//*[not(*) and normalize-space(.) = '']", namespaces: Self.namespaces).count, 0, "an empty element\n\(where_)")
        XCTAssertEqual(Set(try xml.strings("//@currencyID", namespaces: Self.namespaces)), [currency.code], where_)
        for amount in try amounts("//*[@currencyID and not(parent::cac:Price)]") {
            XCTAssertLessThanOrEqual(amount.normalized.scale, currency.minorUnits, "\(amount)\n\(where_)")
        }

        // Per line: Price × Quantity (rounded) − the line's allowances = LineExtensionAmount.
        var lineAmountsByRate: [ExactDecimal: ExactDecimal] = [:]
        let lineCount = try xml.strings("//cac:LineItem/cbc:ID", namespaces: Self.namespaces).count
        XCTAssertEqual(lineCount, detail.version.alternatives[0].lines.count, where_)
        var lineSum = ExactDecimal.zero
        for index in 1...max(lineCount, 1) where lineCount > 0 {
            let item = "(//cac:LineItem)[\(index)]"
            let quantity = try one("\(item)/cbc:Quantity")
            let price = try one("\(item)/cac:Price/cbc:PriceAmount")
            let allowances = try amounts("\(item)/cac:AllowanceCharge[cbc:ChargeIndicator='false']/cbc:Amount").reduce(.zero, +)
            let lineAmount = try one("\(item)/cbc:LineExtensionAmount")
            XCTAssertEqual(try rounded(price * quantity) - allowances, lineAmount, "line \(index): \(price) × \(quantity) − \(allowances)\n\(where_)")
            let rate = try one("\(item)/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent")
            lineAmountsByRate[rate] = try (lineAmountsByRate[rate] ?? .zero) + lineAmount
            lineSum = try lineSum + lineAmount
        }

        // BR-CO-10: Σ line amounts; BR-CO-11: Σ document-level allowances; BR-CO-13: tax exclusive.
        let lineExtension = try one("\(total)/cbc:LineExtensionAmount")
        XCTAssertEqual(lineSum, lineExtension, "BR-CO-10\n\(where_)")
        let allowances = try amounts("/*/cac:AllowanceCharge[cbc:ChargeIndicator='false']/cbc:Amount").reduce(.zero, +)
        XCTAssertEqual(allowances, try one("\(total)/cbc:AllowanceTotalAmount"), "BR-CO-11\n\(where_)")
        let taxExclusive = try one("\(total)/cbc:TaxExclusiveAmount")
        XCTAssertEqual(try lineExtension - allowances, taxExclusive, "BR-CO-13\n\(where_)")

        // Each tax category: taxable = its lines − its allowances; tax = taxable × rate, rounded once.
        let rates = try amounts("/*/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent")
        XCTAssertEqual(Set(rates), Set(lineAmountsByRate.keys), where_)
        var taxSum = ExactDecimal.zero
        for (index, rate) in rates.enumerated() {
            let subtotal = "/*/cac:TaxTotal/cac:TaxSubtotal[\(index + 1)]"
            let rateAllowances = try amounts("/*/cac:AllowanceCharge[cbc:ChargeIndicator='false'][cac:TaxCategory/cbc:Percent = '\(rate)']/cbc:Amount").reduce(.zero, +)
            let taxable = try one("\(subtotal)/cbc:TaxableAmount")
            XCTAssertEqual(try (lineAmountsByRate[rate] ?? .zero) - rateAllowances, taxable, "taxable at \(rate) %\n\(where_)")
            let tax = try one("\(subtotal)/cbc:TaxAmount")
            XCTAssertEqual(try rounded(taxable.percent(rate)), tax, "tax at \(rate) %\n\(where_)")
            XCTAssertEqual(try xml.strings("\(subtotal)/cac:TaxCategory/cbc:ID", namespaces: Self.namespaces), [rate > .zero ? "S" : "Z"], where_)
            taxSum = try taxSum + tax
        }
        // BR-CO-14: tax total; BR-CO-15: tax inclusive; payable.
        let taxTotal = try one("/*/cac:TaxTotal/cbc:TaxAmount")
        XCTAssertEqual(taxSum, taxTotal, "BR-CO-14\n\(where_)")
        let taxInclusive = try one("\(total)/cbc:TaxInclusiveAmount")
        XCTAssertEqual(try taxExclusive + taxTotal, taxInclusive, "BR-CO-15\n\(where_)")
        XCTAssertEqual(try one("\(total)/cbc:PayableAmount"), taxInclusive, where_)

        // And they are the figures the pricing engine stored.
        let stored = detail.version.alternatives[0].alternative
        XCTAssertEqual(lineExtension, stored.subTotal, where_)
        XCTAssertEqual(taxExclusive, stored.totalPrice, where_)
        XCTAssertEqual(taxTotal, stored.vatAmount, where_)
        return xml
    }

    /// Renders the HTML of `kind` and checks that its data-figure cells print the UBL's numbers.
    func checkHTML(_ fixture: HTMLDocumentFixture, _ detail: QuoteDetail, _ kind: DocumentKind, against xml: XMLDocument, context: String = "") throws {
        let currency = detail.sale.currency
        let culture = Culture.named("en-US")!
        let html = try XMLDocument(text: Self.render(fixture, detail, kind, .html), fileName: "document.html")
        let total = kind == .proposal ? "/*/cac:QuotedMonetaryTotal" : "/*/cac:LegalMonetaryTotal"
        let where_ = "\(context) \(currency) \(kind)"
        func money(_ text: String, unit: Bool = false) -> String {
            let amount = ExactDecimal(text)!
            return culture.formatMoney(amount, currency: currency, decimals: unit ? max(currency.minorUnits, amount.normalized.scale) : nil)
        }
        func ubl(_ path: String) throws -> [String] { try xml.strings(path, namespaces: Self.namespaces) }
        func figure(_ name: String) throws -> [String] { try html.strings("//*[@data-figure='\(name)']") }

        XCTAssertEqual(try figure("unitPrice"), try ubl("//cac:LineItem/cac:Price/cbc:PriceAmount").map { money($0, unit: true) }, where_)
        XCTAssertEqual(try figure("lineTotal").sorted(), try ubl("//cac:LineItem/cbc:LineExtensionAmount").map { money($0) }.sorted(), where_)
        XCTAssertEqual(try figure("subTotal"), try ubl("\(total)/cbc:LineExtensionAmount").map { money($0) }, where_)
        XCTAssertEqual(try figure("totalPrice"), try ubl("\(total)/cbc:TaxExclusiveAmount").map { money($0) }, where_)
        XCTAssertEqual(try figure("vatAmount"), try ubl("/*/cac:TaxTotal/cbc:TaxAmount").map { money($0) }, where_)
        XCTAssertEqual(try figure("totalPriceIncVAT"), try ubl("\(total)/cbc:TaxInclusiveAmount").map { money($0) }, where_)
        let discount = try ubl("\(total)/cbc:AllowanceTotalAmount").map { money($0) }
        XCTAssertEqual(try figure("discountAmount"), ExactDecimal(try ubl("\(total)/cbc:AllowanceTotalAmount")[0])! > .zero ? discount : [], where_)
        let rateAmounts = try figure("vatRateAmount")
        if !rateAmounts.isEmpty {
            XCTAssertEqual(rateAmounts, try ubl("/*/cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount").map { money($0) }, where_)
        }
    }
}
