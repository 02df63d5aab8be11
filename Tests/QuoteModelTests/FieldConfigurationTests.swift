import QuoteModel
import XCTest

/// The rules of the field configuration: defaults, what can be hidden, mandatory or read-only,
/// labels and ranks.
final class FieldConfigurationTests: XCTestCase {
    func testDefaultsShowEveryFieldMakeOnlyCodeAndNameMandatoryAndRankInDeclarationOrder() {
        let standard = FieldConfiguration.standard
        XCTAssertEqual(standard.fieldsByRank, ProductField.allCases)
        XCTAssertEqual(standard.settings.map(\.rank), Array(1...ProductField.allCases.count))
        XCTAssertEqual(standard.hiddenFields, [])
        XCTAssertEqual(standard.settings.filter(\.isMandatory).map(\.field), [.code, .name])
        XCTAssertEqual(standard.settings.filter(\.isReadOnly).map(\.field), [])
        XCTAssertEqual(standard.changedSettings, [])
    }

    func testNameAndQuantityCannotBeHiddenOtherFieldsCan() throws {
        var configuration = FieldConfiguration.standard
        for field in [ProductField.name, .quantity] {
            XCTAssertThrowsError(try configuration.setShown(field, false)) { error in
                XCTAssertEqual((error as? QuoteError)?.code, .invalid)
                XCTAssertTrue("\(error)".contains("cannot be hidden"), "\(error)")
            }
        }
        try configuration.setShown(.unitCost, false)
        try configuration.setShown(.stock, false)
        XCTAssertEqual(configuration.hiddenFields, [.unitCost, .stock])
        try configuration.setShown(.unitCost, true)
        XCTAssertEqual(configuration.hiddenFields, [.stock])
    }

    func testAMandatoryFieldMustBeEditableBothWays() throws {
        var configuration = FieldConfiguration.standard
        try configuration.setReadOnly(.unitCost, true)
        XCTAssertThrowsError(try configuration.setMandatory(.unitCost, true)) { error in
            XCTAssertTrue("\(error)".contains("read-only"), "\(error)")
        }
        XCTAssertFalse(configuration[.unitCost].isMandatory, "the refused change left nothing behind")
        try configuration.setReadOnly(.unitCost, false)
        try configuration.setMandatory(.unitCost, true)
        XCTAssertThrowsError(try configuration.setReadOnly(.unitCost, true)) { error in
            XCTAssertTrue("\(error)".contains("mandatory"), "\(error)")
        }
        XCTAssertThrowsError(try configuration.setReadOnly(.name, true), "the name is always mandatory, so never read-only")
    }

    func testCodeAndNameStayMandatoryLineFieldsCannotBeMandatoryProductFieldsCannotBeReadOnly() throws {
        var configuration = FieldConfiguration.standard
        XCTAssertThrowsError(try configuration.setMandatory(.code, false))
        XCTAssertThrowsError(try configuration.setMandatory(.discountPercent, true))
        XCTAssertThrowsError(try configuration.setMandatory(.unitListPrice, true))
        XCTAssertThrowsError(try configuration.setReadOnly(.stock, true))
        XCTAssertThrowsError(try configuration.setReadOnly(.inAssortment, true))
        try configuration.setReadOnly(.discountPercent, true)
        XCTAssertTrue(configuration[.discountPercent].isReadOnly)
    }

    func testALabelIsPerLanguageAndABlankLabelRestoresTheDefault() throws {
        var configuration = FieldConfiguration.standard
        XCTAssertEqual(configuration[.unitCost].label(language: "sv"), "Kostnad")
        XCTAssertEqual(configuration[.unitCost].label(language: "de"), "Cost")
        try configuration.setLabel(.unitCost, "Inköpspris", language: "sv-SE")
        XCTAssertEqual(configuration[.unitCost].label(language: "sv"), "Inköpspris")
        XCTAssertEqual(configuration[.unitCost].label(language: "en"), "Cost")
        XCTAssertEqual(configuration[.unitCost].labels, ["sv": "Inköpspris"])
        try configuration.setLabel(.unitCost, "  ", language: "sv")
        XCTAssertEqual(configuration[.unitCost].label(language: "sv"), "Kostnad")
        XCTAssertEqual(configuration, .standard)
        XCTAssertThrowsError(try configuration.setLabel(.unitCost, "x", language: "12"))
    }

    func testMovingAFieldRenumbersTheOthers() throws {
        var configuration = FieldConfiguration.standard
        try configuration.move(.unitCost, toRank: 1)
        XCTAssertEqual(Array(configuration.fieldsByRank.prefix(3)), [.unitCost, .code, .name])
        XCTAssertEqual(configuration.settings.map(\.rank), Array(1...ProductField.allCases.count))
        XCTAssertEqual(configuration[.code].rank, 2)
        try configuration.move(.unitCost, toRank: ProductField.allCases.count)
        XCTAssertEqual(configuration.fieldsByRank.last, .unitCost)
        XCTAssertEqual(configuration[.code].rank, 1)
        XCTAssertThrowsError(try configuration.move(.unitCost, toRank: 0))
        XCTAssertThrowsError(try configuration.move(.unitCost, toRank: ProductField.allCases.count + 1))
    }

    func testStoredSettingsAreMergedWithTheDefaultsAndCheckedAgainstTheRules() throws {
        let stored = [FieldSetting(field: .stock, isShown: false, isMandatory: false, isReadOnly: false, rank: 1, labels: ["sv": "Lager"])]
        let configuration = try FieldConfiguration(settings: stored)
        XCTAssertEqual(configuration.fieldsByRank.prefix(2), [.code, .stock], "a tie with a default rank goes in declaration order")
        XCTAssertEqual(configuration.hiddenFields, [.stock])
        XCTAssertEqual(configuration[.stock].label(language: "sv"), "Lager")
        let hiddenName = [FieldSetting(field: .name, isShown: false, isMandatory: true, isReadOnly: false, rank: 3, labels: [:])]
        XCTAssertThrowsError(try FieldConfiguration(settings: hiddenName))
    }

    func testMissingMandatoryFieldsAreNamedTogether() throws {
        var configuration = FieldConfiguration.standard
        try configuration.setMandatory(.supplier, true)
        try configuration.setMandatory(.unitCost, true)
        try configuration.setMandatory(.extraField2, true)
        var product = Product(priceListId: 1, code: "W1", name: "Widget", unitListPrice: 13)
        XCTAssertEqual(configuration.missingMandatoryFields(of: product), [.supplier, .unitCost, .extraField2])
        XCTAssertThrowsError(try configuration.checkMandatoryFields(of: product)) { error in
            let quoteError = error as? QuoteError
            XCTAssertEqual(quoteError?.message, "product W1 lacks mandatory fields of the field configuration: 'supplier', 'cost', 'extra-field-2'")
            XCTAssertEqual(quoteError?.remedy, .giveMandatoryFields(["supplier", "cost", "extra-field-2"]))
        }
        product.supplier = "Acme"
        product.unitCost = 10
        product.extraFields[2] = "x"
        XCTAssertNoThrow(try configuration.checkMandatoryFields(of: product))
    }

    func testAChangeOfAReadOnlyLineFieldIsRefusedOtherChangesPass() throws {
        var configuration = FieldConfiguration.standard
        try configuration.setReadOnly(.unitCost, true)
        let original = QuoteLine(alternativeId: 1, rank: 2, name: "Widget", unitCost: 10, unitListPrice: 13, quantity: 1)
        var changed = original
        changed.quantity = 5
        XCTAssertNoThrow(try configuration.checkReadOnlyFields(changing: original, to: changed))
        changed.unitCost = 11
        XCTAssertThrowsError(try configuration.checkReadOnlyFields(changing: original, to: changed)) { error in
            let quoteError = error as? QuoteError
            XCTAssertEqual(quoteError?.message, "field 'cost' of line 2 (Widget) is read-only in the field configuration")
            XCTAssertEqual(quoteError?.remedy, .makeFieldEditable("cost"))
        }
    }

    func testChangesApplyInOrderAndTheFirstRefusalStops() throws {
        var configuration = FieldConfiguration.standard
        try configuration.apply([.shown(false), .label("Lager", language: "sv"), .rank(2)], to: .stock)
        XCTAssertFalse(configuration[.stock].isShown)
        XCTAssertEqual(configuration[.stock].rank, 2)
        XCTAssertThrowsError(try configuration.apply([.readOnly(true)], to: .stock))
    }
}
