import QuoteModel
import XCTest

/// The rules of a sync configuration: activation refuses with every reason at once, list
/// mappings are one to one, import matching never merges an ambiguous match, pushes fill
/// defaults and refuse a missing mandatory field.
final class SyncConfigurationTests: XCTestCase {
    let fields = [
        ERPField("name", "Name", mandatory: true), ERPField("street", "Street"), ERPField("country", "Country", list: .country),
        ERPField("phone", "Phone"), ERPField("lang", "Language code"),
    ]

    func testTheDefaultMappingsOnlyNameFieldsTheConnectorHasAndAreValid() {
        let mappings = FieldMapping.defaults(for: fields)
        XCTAssertEqual(mappings.map(\.erpField), ["name", "street", "country", "phone"])
        XCTAssertTrue(mappings.allSatisfy { $0.direction == .both })
        XCTAssertEqual(SyncConfiguration(mappings: mappings).problems(fields: fields), [])
    }

    func testActivationNamesEveryProblemAtOnce() {
        let configuration = SyncConfiguration(mappings: [
            FieldMapping(crmField: .name, erpField: "name", direction: .toCRM),
            FieldMapping(crmField: .phone, erpField: "phone", direction: .both),
            FieldMapping(crmField: .phone, erpField: "street", direction: .toERP),
            FieldMapping(crmField: .city, erpField: "town", direction: .both),
            FieldMapping(crmField: .name, erpField: "country", direction: .none),
            FieldMapping(crmField: .street, erpField: "country", direction: .both),
        ], defaults: [SyncDefault(erpField: "vat", rule: .mandatory)])
        let problems = configuration.problems(fields: fields)
        XCTAssertEqual(problems.count, 5, problems.joined(separator: "\n"))
        XCTAssertTrue(problems.contains { $0.hasPrefix("'town' is not a field of the ERP's party") })
        XCTAssertTrue(problems.contains { $0.hasPrefix("phone is mapped twice: to phone and street") })
        XCTAssertTrue(problems.contains { $0.hasPrefix("street and country are not both values of the country list") })
        XCTAssertTrue(problems.contains { $0 == "the default for 'vat' names no field of the ERP's party" })
        XCTAssertTrue(problems.contains { $0.hasPrefix("the ERP's name (name) is mandatory but has no direction") })
        XCTAssertThrowsError(try configuration.validate(fields: fields, connection: "ERP")) { error in
            let message = (error as? QuoteError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("the sync of connection 'ERP' cannot be used:\n  - "), message)
        }
    }

    func testAMandatoryFieldWithAFixedDefaultNeedsNoMapping() {
        let configuration = SyncConfiguration(mappings: [], defaults: [SyncDefault(erpField: "name", rule: .value("Unnamed"))])
        XCTAssertEqual(configuration.problems(fields: fields), [])
    }

    func testListMappingsAreOneToOneAndTheERPsNamesAreTheDefaults() throws {
        var set = try ListMapping.adding(ListMapping(list: .country, crmValue: "USA", erpValue: "US"), to: [])
        XCTAssertThrowsError(try ListMapping.adding(ListMapping(list: .country, crmValue: "usa", erpValue: "GB"), to: set)) { error in
            XCTAssertEqual((error as? QuoteError)?.code, .duplicate)
        }
        XCTAssertThrowsError(try ListMapping.adding(ListMapping(list: .country, crmValue: "America", erpValue: "US"), to: set))
        set = try ListMapping.adding(ListMapping(list: .country, crmValue: "Deutschland", erpValue: "DE"), to: set)
        let map = SyncListMap(list: .country, erpValues: [("DE", "Germany"), ("US", "United States"), ("AT", "Austria")], explicit: set)
        XCTAssertEqual(map.erpValue(forCRM: "usa"), "US")
        XCTAssertEqual(map.erpValue(forCRM: "Deutschland"), "DE")
        XCTAssertNil(map.erpValue(forCRM: "Germany"), "DE is mapped to Deutschland: one to one")
        XCTAssertEqual(map.erpValue(forCRM: "austria "), "AT", "the ERP's name is the default")
        XCTAssertNil(map.erpValue(forCRM: "Österreich"), "never guessed")
        XCTAssertEqual(map.crmValue(forERP: "DE"), "Deutschland")
        XCTAssertEqual(map.crmValue(forERP: "AT"), "Austria")
        XCTAssertEqual(map.erpValue(forCRM: ""), "")
        XCTAssertEqual(try ListMapping.removing("USA", list: .country, from: set).map(\.crmValue), ["Deutschland"])
        XCTAssertThrowsError(try ListMapping.removing("Canada", list: .country, from: set))
    }

    func testImportMatchesByCodeThenVATThenNameAndNeverMergesAnAmbiguousMatch() {
        let companies = [
            Company(id: 1, code: "ALFKI", name: "Alfreds Futterkiste"),
            Company(id: 2, code: "ERNSH", name: "Ernst  Handel", vatNumber: "AT U12345678"),
            Company(id: 3, code: "BLAUS", name: "Blauer See"),
            Company(id: 4, code: "BLAU2", name: "blauer see"),
        ]
        XCTAssertEqual(PartyMatch.find(ERPParty(key: "1", code: "ALFKI", values: ["name": "Other"]), among: companies), .matched(companies[0], by: .code))
        XCTAssertEqual(PartyMatch.find(ERPParty(key: "2", code: "C2", values: ["name": "x", "vat": "ATU12345678"]), among: companies), .matched(companies[1], by: .vatNumber))
        XCTAssertEqual(PartyMatch.find(ERPParty(key: "3", code: "C3", values: ["name": "ALFREDS futterkiste"]), among: companies), .matched(companies[0], by: .name))
        XCTAssertEqual(PartyMatch.find(ERPParty(key: "4", code: "C4", values: ["name": "Blauer See"]), among: companies), .ambiguous([companies[2], companies[3]], by: .name))
        XCTAssertEqual(PartyMatch.find(ERPParty(key: "5", code: "C5", values: ["name": "Nobody"]), among: companies), .none)
    }

    func testAPushedPartyGetsItsMappedFieldsAndDefaultsAndAMandatoryFieldMustBeFilled() throws {
        let configuration = SyncConfiguration(
            mappings: FieldMapping.defaults(for: fields),
            defaults: [SyncDefault(erpField: "lang", rule: .value("en")), SyncDefault(erpField: "phone", rule: .mandatory)])
        let lists = [SyncListName.country: SyncListMap(list: .country, erpValues: [("DE", "Germany")], explicit: [])]
        let merge = SyncMerge(mappings: configuration.mappings, lists: lists, winner: .erp)
        let company = Company(code: "NEW", name: "Neue GmbH", address: PostalAddress(street: "Weg 1", country: "Germany"), phone: "030 1")
        XCTAssertEqual(try merge.partyValues(for: company, configuration: configuration, fields: fields), [
            "name": "Neue GmbH", "street": "Weg 1", "country": "DE", "phone": "030 1", "lang": "en",
        ])
        var bad = company
        bad.phone = ""
        bad.address.country = "Neverland"
        XCTAssertThrowsError(try merge.partyValues(for: bad, configuration: configuration, fields: fields)) { error in
            let message = (error as? QuoteError)?.message ?? ""
            XCTAssertTrue(message.contains("'Neverland' is mapped to no country") && message.contains("(phone) is mandatory"), message)
        }
    }
}
