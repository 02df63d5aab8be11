import Foundation
import QuoteModel
import StorageInterface
import XCTest

@testable import QuoteDocuments

/// The Peppol BIS Order Agreement 3 confirmation (`order --profile peppol`), checked rule by rule
/// on the rendered XML: the structure rules (PEPPOL-T110-Bxxxxx: required elements, nothing
/// outside the Order Agreement data model), PEPPOL-COMMON-R001 and the T110 business rules, for
/// a quote with line discounts, an alternative discount and lines at 0, 12 and 25 % VAT. The
/// official Schematron is OpenPeppol's and is not shipped; these tests are our reading of it.
final class PeppolOrderAgreementTests: XCTestCase {
    static let namespaces = [
        "o": "urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2",
        "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
        "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    ]
    static let seller = try! ElectronicAddress(parsing: "0007:5560125790")
    static let buyer = try! ElectronicAddress(parsing: "0192:974760673")

    // MARK: Rendering

    /// The fixture's quote ordered on an alternative with a 10 % discount whose lines are at 0, 12
    /// and 25 % VAT, two with line discounts and one a free-text line without a code.
    func detail(currency: Currency = .usd) throws -> (QuoteDetail, HTMLDocumentFixture) {
        let fixture = try HTMLDocumentFixture()
        var lines = [
            QuoteLine(alternativeId: 0, rank: 0, code: "W1", name: "Widget", vatPercent: 25, unitListPrice: ExactDecimal("1234.567")!, quantity: 3),
            QuoteLine(alternativeId: 0, rank: 0, code: "G1", name: "Gadget", vatPercent: 12, unitListPrice: ExactDecimal("19.99")!, quantity: 7),
            QuoteLine(alternativeId: 0, rank: 0, name: "Installation", vatPercent: 0, unitListPrice: 150, quantity: ExactDecimal("2.5")!),
        ]
        lines[0].valueOverride = .discountPercent
        lines[0].discountPercent = 5
        lines[1].valueOverride = .discountPercent
        lines[1].discountPercent = ExactDecimal("12.5")!
        var detail = try UBLReconciliationTests.detail(fixture, currency: currency, lines: lines, alternativeDiscount: 10)
        detail.company.endpoint = Self.buyer
        return (detail, fixture)
    }

    func ownCompany(_ fixture: HTMLDocumentFixture) -> OwnCompany {
        var company = fixture.source.ownCompany
        company.endpoint = Self.seller
        return company
    }

    func render(_ detail: QuoteDetail, _ fixture: HTMLDocumentFixture, ownCompany: OwnCompany? = nil, fields: FieldConfiguration = .standard) throws -> XMLDocument {
        let documents = try fixture.renderer.render(
            detail, ownCompany: ownCompany ?? self.ownCompany(fixture), images: [:], fields: fields,
            options: DocumentOptions(kind: .orderConfirmation, culture: "en-US", issueDate: HTMLTemplateTests.issueDate, profile: .peppol),
            formats: [.xml])
        XCTAssertEqual(documents[0].templateName, DocumentRenderer.peppolConfirmationTemplate)
        return try XMLDocument(text: String(decoding: documents[0].bytes, as: UTF8.self))
    }

    func agreement() throws -> XMLDocument {
        let (detail, fixture) = try detail()
        return try render(detail, fixture)
    }

    func strings(_ document: XMLDocument, _ path: String) throws -> [String] {
        try document.strings(path, namespaces: Self.namespaces)
    }

    func amounts(_ document: XMLDocument, _ path: String) throws -> [ExactDecimal] {
        try strings(document, path).map { try XCTUnwrap(ExactDecimal($0), "\(path): \($0)") }
    }

    func sum(_ document: XMLDocument, _ path: String) throws -> ExactDecimal {
        try amounts(document, path).reduce(.zero, +)
    }

    func one(_ document: XMLDocument, _ path: String) throws -> ExactDecimal {
        let found = try amounts(document, path)
        XCTAssertEqual(found.count, 1, path)
        return found.first ?? .zero
    }

    // MARK: Structure

    func testPEPPOL_T110_B00101_to_B00108_theRequiredElementsArePresent() throws {
        let (detail, fixture) = try detail()
        let document = try render(detail, fixture)
        for element in ["cbc:CustomizationID", "cbc:ProfileID", "cbc:ID", "cbc:IssueDate", "cac:OrderReference", "cac:SellerSupplierParty", "cac:BuyerCustomerParty", "cac:OrderLine"] {
            XCTAssertFalse(try strings(document, "/o:OrderResponse/\(element)").isEmpty, element)
        }
        XCTAssertEqual(try strings(document, "/o:OrderResponse/cac:OrderReference/cbc:ID"), [detail.quote.poNumber.isEmpty ? detail.quote.number : detail.quote.poNumber])
    }

    func testPEPPOL_T110_B00201_B00301_R030_customizationAndProfile() throws {
        let document = try agreement()
        XCTAssertEqual(try strings(document, "/o:OrderResponse/cbc:CustomizationID"), ["urn:fdc:peppol.eu:poacc:trns:order_agreement:3"])
        XCTAssertEqual(try strings(document, "/o:OrderResponse/cbc:ProfileID"), ["urn:fdc:peppol.eu:poacc:bis:order_agreement:3"])
    }

    /// Every element of the document is one of the Order Agreement data model's (the structure
    /// rules' "Document MUST NOT contain elements not part of the data model"): the elements at
    /// the model's paths add up to every element there is.
    func testStructure_noElementOutsideTheOrderAgreementDataModel() throws {
        let document = try agreement()
        let all = try strings(document, "//*").count
        let inModel = try Self.modelPaths.reduce(0) { $0 + (try strings(document, $1).count) }
        XCTAssertEqual(inModel, all, "elements outside the data model")
        for forbidden in ["cbc:UBLVersionID", "cbc:OrderResponseCode", "cbc:LineCountNumeric", "cac:PaymentTerms"] {
            XCTAssertEqual(try strings(document, "/o:OrderResponse/\(forbidden)"), [], forbidden)
        }
        XCTAssertEqual(try strings(document, "//cac:SellerSupplierParty//cbc:WebsiteURI"), [])
        XCTAssertEqual(try strings(document, "//cac:BuyerCustomerParty/cbc:SupplierAssignedAccountID"), [])
        XCTAssertEqual(try strings(document, "//cac:LineItem/cbc:LineStatusCode | //cac:LineItem/cbc:TotalTaxAmount | //cac:LineItem/cac:AllowanceCharge"), [])
    }

    func testPEPPOL_T110_B02701_B02702_B05001_B05002_endpointsAndLegalEntities() throws {
        let document = try agreement()
        XCTAssertEqual(try strings(document, "//cac:SellerSupplierParty/cac:Party/cbc:EndpointID"), ["5560125790"])
        XCTAssertEqual(try strings(document, "//cac:SellerSupplierParty/cac:Party/cbc:EndpointID/@schemeID"), ["0007"])
        XCTAssertEqual(try strings(document, "//cac:BuyerCustomerParty/cac:Party/cbc:EndpointID"), ["974760673"])
        XCTAssertEqual(try strings(document, "//cac:BuyerCustomerParty/cac:Party/cbc:EndpointID/@schemeID"), ["0192"])
        XCTAssertEqual(try strings(document, "//cac:SellerSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"), ["Northwind Traders"])
        XCTAssertEqual(try strings(document, "//cac:BuyerCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"), ["Acme Corp"])
    }

    func testPEPPOL_T110_B03301_aPostalAddressAlwaysHasItsCountryInISO3166() throws {
        let document = try agreement()
        let addresses = try strings(document, "//cac:PostalAddress").count
        XCTAssertGreaterThan(addresses, 0)
        XCTAssertEqual(try strings(document, "//cac:PostalAddress/cac:Country/cbc:IdentificationCode").count, addresses)
        XCTAssertEqual(Set(try strings(document, "//cac:PostalAddress/cac:Country/cbc:IdentificationCode")), ["US"], "USA is US")
    }

    func testPEPPOL_COMMON_R001_noEmptyElements() throws {
        XCTAssertEqual(try strings(try agreement(), "//*[not(*) and normalize-space(.) = '']").count, 0)
    }

    func testPEPPOL_COMMON_R049_R041_theEndpointsPassTheirSchemesChecks() throws {
        XCTAssertThrowsError(try ElectronicAddress(parsing: "0007:5560125791"))
        XCTAssertThrowsError(try ElectronicAddress(parsing: "0192:974760674"))
        XCTAssertNoThrow(try ElectronicAddress(parsing: Self.seller.description))
        XCTAssertNoThrow(try ElectronicAddress(parsing: Self.buyer.description))
    }

    // MARK: Lines

    func testPEPPOL_T110_R002_everyItemIsIdentifiableAFreeTextLineGetsALineId() throws {
        let document = try agreement()
        XCTAssertEqual(try strings(document, "//cac:Item/cac:SellersItemIdentification/cbc:ID"), ["W1", "G1", "LINE-3"])
    }

    func testPEPPOL_T110_R014_everyLineHasALineExtensionAmount() throws {
        let document = try agreement()
        XCTAssertEqual(try strings(document, "//cac:LineItem/cbc:LineExtensionAmount").count, try strings(document, "//cac:OrderLine").count)
    }

    /// A line discount is on the price: PriceAmount is the net price, the Price's allowance the
    /// discount per unit on the gross list price; net × quantity gives the line amount.
    func testLineDiscountsAreOnThePriceWithTheNetAndGrossPrices() throws {
        let document = try agreement()
        for index in 1...3 {
            let item = "(//cac:LineItem)[\(index)]"
            let net = try one(document, "\(item)/cac:Price/cbc:PriceAmount")
            let quantity = try one(document, "\(item)/cbc:Quantity")
            XCTAssertEqual(try Currency.usd.rounded(net * quantity), try one(document, "\(item)/cbc:LineExtensionAmount"), "line \(index)")
            let discounts = try amounts(document, "\(item)/cac:Price/cac:AllowanceCharge/cbc:Amount")
            let gross = try amounts(document, "\(item)/cac:Price/cac:AllowanceCharge/cbc:BaseAmount")
            if index == 3 {
                XCTAssertEqual(discounts, [], "no discount, no allowance")
            } else {
                XCTAssertEqual(try gross[0] - discounts[0], net, "gross − discount = net (line \(index))")
                XCTAssertEqual(try strings(document, "\(item)/cac:Price/cac:AllowanceCharge/cbc:ChargeIndicator"), ["false"])
            }
        }
        XCTAssertEqual(try strings(document, "(//cac:LineItem)[1]/cac:Price/cac:AllowanceCharge/cbc:BaseAmount"), ["1234.567"], "the gross price at its own precision")
    }

    func testPEPPOL_T110_R001_R022_R023_pricesAndPriceAllowancesAreNotNegative() throws {
        let document = try agreement()
        for amount in try amounts(document, "//cac:Price/cbc:PriceAmount | //cac:Price/cac:AllowanceCharge/cbc:Amount | //cac:Price/cac:AllowanceCharge/cbc:BaseAmount") {
            XCTAssertFalse(amount.isNegative)
        }
    }

    // MARK: Amounts

    func testPEPPOL_T110_R004_everyAmountIsInTheDocumentCurrency() throws {
        let document = try agreement()
        XCTAssertEqual(Set(try strings(document, "//@currencyID")), ["USD"])
        XCTAssertEqual(try strings(document, "/o:OrderResponse/cbc:DocumentCurrencyCode"), ["USD"])
    }

    func testPEPPOL_T110_R013_amountsHaveAtMostTwoDecimalsExceptUnitPrices() throws {
        let document = try agreement()
        for amount in try amounts(document, "//*[@currencyID and not(ancestor::cac:Price)]") {
            XCTAssertLessThanOrEqual(amount.normalized.scale, 2, "\(amount)")
        }
    }

    func testPEPPOL_T110_R007_R009_R010_R011_R012_theTotalsAddUp() throws {
        let document = try agreement()
        let total = "/o:OrderResponse/cac:LegalMonetaryTotal"
        let lines = try one(document, "\(total)/cbc:LineExtensionAmount")
        XCTAssertEqual(try sum(document, "//cac:LineItem/cbc:LineExtensionAmount"), lines, "R007")
        let allowances = try one(document, "\(total)/cbc:AllowanceTotalAmount")
        XCTAssertEqual(try sum(document, "/o:OrderResponse/cac:AllowanceCharge[cbc:ChargeIndicator='false']/cbc:Amount"), allowances, "R009")
        let exclusive = try one(document, "\(total)/cbc:TaxExclusiveAmount")
        XCTAssertEqual(try lines - allowances, exclusive, "R010")
        let inclusive = try one(document, "\(total)/cbc:TaxInclusiveAmount")
        XCTAssertEqual(try exclusive + one(document, "/o:OrderResponse/cac:TaxTotal/cbc:TaxAmount"), inclusive, "R011")
        XCTAssertEqual(try one(document, "\(total)/cbc:PayableAmount"), inclusive, "R012")
        XCTAssertGreaterThan(allowances, .zero, "the fixture has an alternative discount")
    }

    func testPEPPOL_T110_R005_R006_payableAndLineTotalAreNotNegative() throws {
        let document = try agreement()
        XCTAssertFalse(try one(document, "//cac:LegalMonetaryTotal/cbc:PayableAmount").isNegative)
        XCTAssertFalse(try one(document, "//cac:LegalMonetaryTotal/cbc:LineExtensionAmount").isNegative)
    }

    /// The alternative discount: one document-level allowance per VAT category it touches, with a
    /// reason and its tax category, and no base amount without a percentage (R015, R016).
    func testPEPPOL_T110_R015_R016_R018_R021_theAlternativeDiscountIsOneAllowancePerVATCategory() throws {
        let document = try agreement()
        let allowance = "/o:OrderResponse/cac:AllowanceCharge"
        XCTAssertEqual(try strings(document, "\(allowance)/cac:TaxCategory/cbc:Percent"), ["0", "12", "25"])
        XCTAssertEqual(try strings(document, "\(allowance)/cbc:AllowanceChargeReasonCode"), ["95", "95", "95"])
        XCTAssertEqual(try strings(document, "\(allowance)/cbc:AllowanceChargeReason").count, 3)
        XCTAssertEqual(try strings(document, "\(allowance)/cbc:BaseAmount | \(allowance)/cbc:MultiplierFactorNumeric"), [])
        for amount in try amounts(document, "\(allowance)/cbc:Amount") { XCTAssertGreaterThan(amount, .zero) }
    }

    func testPEPPOL_T110_R024_R025_taxPerCategoryIsTaxableTimesRateAndTheTotalIsTheirSum() throws {
        let document = try agreement()
        let subtotals = try strings(document, "//cac:TaxSubtotal").count
        XCTAssertEqual(subtotals, 3)
        var taxes = ExactDecimal.zero
        for index in 1...subtotals {
            let subtotal = "(//cac:TaxSubtotal)[\(index)]"
            let rate = try one(document, "\(subtotal)/cac:TaxCategory/cbc:Percent")
            let taxable = try one(document, "\(subtotal)/cbc:TaxableAmount")
            let tax = try one(document, "\(subtotal)/cbc:TaxAmount")
            XCTAssertEqual(try Currency.usd.rounded(taxable.percent(rate)), tax, "R024 at \(rate) %")
            // Each category's taxable amount is its lines less its share of the discount.
            let lines = try sum(document, "//cac:LineItem[cac:Item/cac:ClassifiedTaxCategory/cbc:Percent = '\(rate)']/cbc:LineExtensionAmount")
            let allowances = try sum(document, "/o:OrderResponse/cac:AllowanceCharge[cac:TaxCategory/cbc:Percent = '\(rate)']/cbc:Amount")
            XCTAssertEqual(try lines - allowances, taxable, "taxable at \(rate) %")
            taxes = try taxes + tax
        }
        XCTAssertEqual(try one(document, "/o:OrderResponse/cac:TaxTotal/cbc:TaxAmount"), taxes, "R025")
    }

    func testPEPPOL_T110_R019_R020_R026_R027_R028_taxCategoriesHaveRatesAndMatchTheBreakdown() throws {
        let document = try agreement()
        let breakdown = Set(zip(try strings(document, "//cac:TaxSubtotal/cac:TaxCategory/cbc:ID"), try strings(document, "//cac:TaxSubtotal/cac:TaxCategory/cbc:Percent")).map { "\($0)/\($1)" })
        XCTAssertEqual(breakdown, ["Z/0", "S/12", "S/25"])
        for path in ["//cac:Item/cac:ClassifiedTaxCategory", "/o:OrderResponse/cac:AllowanceCharge/cac:TaxCategory"] {
            let used = Set(zip(try strings(document, "\(path)/cbc:ID"), try strings(document, "\(path)/cbc:Percent")).map { "\($0)/\($1)" })
            XCTAssertTrue(used.isSubset(of: breakdown), "\(path): \(used)")
        }
        XCTAssertEqual(try strings(document, "//cac:TaxCategory[cbc:ID = 'S']/cbc:Percent[. = '0']"), [], "R020: S above zero")
        XCTAssertEqual(try strings(document, "//cbc:TaxExemptionReason"), [], "R028/R029: S and Z carry no exemption reason")
    }

    // MARK: What is refused

    func testWithoutOurEndpointNothingIsRenderedAndTheErrorSaysHowToSetIt() throws {
        let (detail, fixture) = try detail()
        var company = ownCompany(fixture)
        company.endpoint = nil
        XCTAssertThrowsError(try render(detail, fixture, ownCompany: company)) { error in
            XCTAssertEqual((error as? QuoteError)?.remedy, .giveOwnEndpoint)
        }
    }

    func testWithoutTheCustomersEndpointTheErrorNamesTheCompany() throws {
        let (ordered, fixture) = try detail()
        var detail = ordered
        detail.company.endpoint = nil
        XCTAssertThrowsError(try render(detail, fixture)) { error in
            let error = error as? QuoteError
            XCTAssertEqual(error?.remedy, .giveCompanyEndpoint("ACME"))
            XCTAssertTrue(error?.message.contains("Acme Corp (ACME)") == true, error?.message ?? "")
        }
    }

    func testACurrencyWithThreeDecimalsIsRefused() throws {
        let (detail, fixture) = try detail(currency: Currency(code: "KWD")!)
        XCTAssertThrowsError(try render(detail, fixture)) { error in
            XCTAssertTrue((error as? QuoteError)?.message.contains("KWD has 3") == true)
        }
    }

    func testAVersionRoundedPerTotalIsRefused() throws {
        let (ordered, fixture) = try detail()
        var detail = ordered
        detail.version.version.roundingPolicy = .perTotal
        XCTAssertThrowsError(try render(detail, fixture)) { error in
            XCTAssertEqual((error as? QuoteError)?.remedy, .useStandardProfile)
        }
    }

    func testHiddenVATRatesAreRefused() throws {
        let (detail, fixture) = try detail()
        var fields = FieldConfiguration.standard
        try fields.setShown(.vatPercent, false)
        XCTAssertThrowsError(try render(detail, fixture, fields: fields)) { error in
            XCTAssertEqual((error as? QuoteError)?.remedy, .showField("vat"))
        }
    }

    func testTheStandardProfileStaysTheDefault() throws {
        let (detail, fixture) = try detail()
        let documents = try fixture.renderer.render(
            detail, ownCompany: fixture.source.ownCompany, images: [:],
            options: DocumentOptions(kind: .orderConfirmation, culture: "en-US", issueDate: HTMLTemplateTests.issueDate), formats: [.xml])
        XCTAssertEqual(documents[0].templateName, "order-confirmation.xml")
    }

    // MARK: The data model

    /// The element paths of the Order Agreement data model (OpenPeppol's syntax tree for T110)
    /// this template can produce, and their siblings.
    static let modelPaths: [String] = {
        let root = "/o:OrderResponse"
        func address(_ base: String) -> [String] {
            [base] + ["cbc:StreetName", "cbc:AdditionalStreetName", "cbc:CityName", "cbc:PostalZone", "cbc:CountrySubentity", "cac:AddressLine",
                      "cac:AddressLine/cbc:Line", "cac:Country", "cac:Country/cbc:IdentificationCode"].map { "\(base)/\($0)" }
        }
        func taxCategory(_ base: String, exemption: Bool = false) -> [String] {
            [base, "\(base)/cbc:ID", "\(base)/cbc:Percent", "\(base)/cac:TaxScheme", "\(base)/cac:TaxScheme/cbc:ID"] + (exemption ? ["\(base)/cbc:TaxExemptionReason"] : [])
        }
        let seller = "\(root)/cac:SellerSupplierParty/cac:Party"
        let buyer = "\(root)/cac:BuyerCustomerParty/cac:Party"
        let item = "\(root)/cac:OrderLine/cac:LineItem/cac:Item"
        let price = "\(root)/cac:OrderLine/cac:LineItem/cac:Price"
        var paths = [root] + ["cbc:CustomizationID", "cbc:ProfileID", "cbc:ID", "cbc:SalesOrderID", "cbc:IssueDate", "cbc:IssueTime", "cbc:Note",
                              "cbc:DocumentCurrencyCode", "cbc:CustomerReference", "cac:OrderReference", "cac:OrderReference/cbc:ID",
                              "cac:SellerSupplierParty", "cac:BuyerCustomerParty", "cac:Delivery", "cac:DeliveryTerms", "cac:DeliveryTerms/cbc:ID",
                              "cac:DeliveryTerms/cbc:SpecialTerms", "cac:TaxTotal", "cac:TaxTotal/cbc:TaxAmount", "cac:LegalMonetaryTotal",
                              "cac:OrderLine", "cac:OrderLine/cac:LineItem"].map { "\(root)/\($0)" }
        paths += [seller, "\(seller)/cbc:EndpointID", "\(seller)/cac:PartyIdentification", "\(seller)/cac:PartyIdentification/cbc:ID",
                  "\(seller)/cac:PartyLegalEntity", "\(seller)/cac:PartyLegalEntity/cbc:RegistrationName", "\(seller)/cac:Contact",
                  "\(seller)/cac:Contact/cbc:Name", "\(seller)/cac:Contact/cbc:Telephone", "\(seller)/cac:Contact/cbc:ElectronicMail"]
        paths += address("\(seller)/cac:PostalAddress")
        paths += [buyer, "\(buyer)/cbc:EndpointID", "\(buyer)/cac:PartyIdentification", "\(buyer)/cac:PartyIdentification/cbc:ID",
                  "\(buyer)/cac:PartyLegalEntity", "\(buyer)/cac:PartyLegalEntity/cbc:RegistrationName"]
        paths += address("\(buyer)/cac:PostalAddress")
        let contact = "\(root)/cac:BuyerCustomerParty/cac:DeliveryContact"
        paths += [contact, "\(contact)/cbc:Name", "\(contact)/cbc:Telephone", "\(contact)/cbc:ElectronicMail"]
        let deliveryParty = "\(root)/cac:Delivery/cac:DeliveryParty"
        paths += [deliveryParty, "\(deliveryParty)/cac:PartyName", "\(deliveryParty)/cac:PartyName/cbc:Name"] + address("\(deliveryParty)/cac:PostalAddress")
        let allowance = "\(root)/cac:AllowanceCharge"
        paths += [allowance] + ["cbc:ChargeIndicator", "cbc:AllowanceChargeReasonCode", "cbc:AllowanceChargeReason", "cbc:MultiplierFactorNumeric",
                                "cbc:Amount", "cbc:BaseAmount"].map { "\(allowance)/\($0)" }
        paths += taxCategory("\(allowance)/cac:TaxCategory")
        let subtotal = "\(root)/cac:TaxTotal/cac:TaxSubtotal"
        paths += [subtotal, "\(subtotal)/cbc:TaxableAmount", "\(subtotal)/cbc:TaxAmount"] + taxCategory("\(subtotal)/cac:TaxCategory", exemption: true)
        paths += ["cbc:LineExtensionAmount", "cbc:TaxExclusiveAmount", "cbc:TaxInclusiveAmount", "cbc:AllowanceTotalAmount", "cbc:ChargeTotalAmount",
                  "cbc:PrepaidAmount", "cbc:PayableRoundingAmount", "cbc:PayableAmount"].map { "\(root)/cac:LegalMonetaryTotal/\($0)" }
        paths += ["cbc:ID", "cbc:Note", "cbc:Quantity", "cbc:LineExtensionAmount"].map { "\(root)/cac:OrderLine/cac:LineItem/\($0)" }
        paths += [price, "\(price)/cbc:PriceAmount", "\(price)/cbc:BaseQuantity", "\(price)/cac:AllowanceCharge",
                  "\(price)/cac:AllowanceCharge/cbc:ChargeIndicator", "\(price)/cac:AllowanceCharge/cbc:Amount", "\(price)/cac:AllowanceCharge/cbc:BaseAmount"]
        paths += [item, "\(item)/cbc:Description", "\(item)/cbc:Name", "\(item)/cac:SellersItemIdentification", "\(item)/cac:SellersItemIdentification/cbc:ID",
                  "\(item)/cac:BuyersItemIdentification", "\(item)/cac:BuyersItemIdentification/cbc:ID"]
        paths += taxCategory("\(item)/cac:ClassifiedTaxCategory")
        return paths
    }()
}
