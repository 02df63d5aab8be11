import QuoteModel
import XCTest

/// The rules of sale types, our own company and the settings, without storage.
final class SettingsRulesTests: XCTestCase {
    func testTheCultureIsTheRequestedElseTheSaleTypesElseTheSettingsElseEnUS() {
        let plain = SaleType(name: "Plain")
        let swedish = SaleType(name: "Swedish", defaultCulture: "sv-SE")
        XCTAssertEqual(QuoteSettings().culture(requested: nil, saleType: plain), "en-US")
        XCTAssertEqual(QuoteSettings(defaultCulture: "de-DE").culture(requested: nil, saleType: plain), "de-DE")
        XCTAssertEqual(QuoteSettings(defaultCulture: "de-DE").culture(requested: nil, saleType: swedish), "sv-SE")
        XCTAssertEqual(QuoteSettings(defaultCulture: "de-DE").culture(requested: "fr-FR", saleType: swedish), "fr-FR")
    }

    func testASaleTypeNeedsDaysOfZeroOrMoreAndPercentagesFrom0To100() throws {
        XCTAssertNoThrow(try SaleType(name: "Edge", quoteValidityDays: 0, maxDiscountPercent: 0, minEarningPercent: 100).validate())
        let invalid = [
            SaleType(name: " "),
            SaleType(name: "Days", quoteValidityDays: -1),
            SaleType(name: "Discount", maxDiscountPercent: dec("100.01")),
            SaleType(name: "Earning", minEarningPercent: dec("-0.01")),
            SaleType(name: "Template", quoteTemplate: ""),
        ]
        for saleType in invalid {
            XCTAssertThrowsError(try saleType.validate(), saleType.name) { error in
                XCTAssertEqual((error as? QuoteError)?.code, .invalid)
            }
        }
    }

    func testTheAlternativeDiscountIsRefusedWhenTheSettingsTurnItOff() throws {
        var tree = VersionWithAlternatives(
            version: QuoteVersion(quoteId: 1), alternatives: [AlternativeWithLines(alternative: QuoteAlternative(versionId: 1, name: "Standard"), lines: [])])
        let original = tree
        XCTAssertThrowsError(try tree.setDiscount(.percent(5), ofAlternative: 0, settings: QuoteSettings(allowsAlternativeDiscount: false))) { error in
            XCTAssertEqual((error as? QuoteError)?.remedy, .allowAlternativeDiscount)
        }
        XCTAssertEqual(tree, original)
        try tree.setDiscount(.amount(12), ofAlternative: 0, settings: QuoteSettings())
        XCTAssertEqual(tree.alternatives[0].alternative.valueOverride, .discountAmount)
        XCTAssertEqual(tree.alternatives[0].alternative.discountAmount, 12)
    }

    func testOurCompanyNeedsANameAPictureAsLogoAndAnISOCountry() throws {
        XCTAssertThrowsError(try OwnCompany(name: "").validate())
        XCTAssertThrowsError(try OwnCompany(name: "Us", logo: ProductImage(mediaType: "image/png", bytes: Array("text".utf8))).validate())
        var company = OwnCompany(name: "Us")
        XCTAssertThrowsError(try company.setLogo(Array("<svg/>".utf8), from: "logo.svg"))
        try company.setLogo([0xFF, 0xD8, 0xFF, 0xE0], from: "logo.jpg")
        XCTAssertEqual(company.logo?.mediaType, "image/jpeg")
        for code in ["se", "SWE", "XX", ""] {
            XCTAssertThrowsError(try company.setCountry(code), code)
        }
        try company.setCountry("GB")
        XCTAssertEqual(company.address.country, "GB")
    }
}
