import Foundation
import PropertyBased
import QuoteModel
import Testing

/// The merge rules of sync over random histories: any edits on both sides, then a run, leave
/// both sides equal on every two-way field, with every value that lost a conflict in the log;
/// a run right after a run changes nothing.
@Suite struct SyncMergePropertyTests {
    /// One edit: which side, which field, which value (the empty value among them).
    struct Edit: Sendable {
        var side: SyncSide
        var field: Int
        var value: Int
    }

    static let fields: [(CompanyField, String)] = [(.name, "name"), (.street, "street"), (.city, "city"), (.phone, "phone"), (.country, "country")]
    static let texts = ["", "Alpha", "Beta", "Gamma"]
    static let countries: [(crm: String, erp: String)] = [("", ""), ("Germany", "DE"), ("France", "FR"), ("Austria", "AT")]
    static let lists: [SyncListName: SyncListMap] = [
        .country: SyncListMap(list: .country, erpValues: [("DE", "Germany"), ("FR", "France"), ("AT", "Austria")], explicit: []),
    ]

    static let edit = zip(Gen.int(in: 0...1), Gen.int(in: 0...(fields.count - 1)), Gen.int(in: 0...3)).map { side, field, value in
        Edit(side: side == 0 ? .crm : .erp, field: field, value: value)
    }
    /// Rounds of edits, each followed by a run.
    static let history = zip(edit.array(of: 0...8).array(of: 1...5), Gen.int(in: 0...1), Gen.int(in: 0...1))

    static func apply(_ edit: Edit, company: inout Company, party: inout ERPParty) {
        let (field, erpField) = fields[edit.field]
        let isCountry = field == .country
        if edit.side == .crm {
            field.set(isCountry ? countries[edit.value].crm : texts[edit.value], in: &company)
        } else {
            party.values[erpField] = isCountry ? countries[edit.value].erp : texts[edit.value]
        }
    }

    /// Carries `plan` out as a run does: both sides written, the base moved on, the log kept.
    static func carryOut(_ plan: SyncPlan, company: inout Company, party: inout ERPParty, link: inout PartyLink, log: inout [SyncLogEntry]) {
        company = plan.applied(to: company)
        for (field, value) in plan.erpWrites { party.values[field] = value }
        link.base = plan.base(after: link.base)
        link.syncedAt = Date(timeIntervalSince1970: 0)
        log += SyncLogEntry.entries(plan, connectionId: 1, companyCode: company.code, partyCode: party.code, operation: .run, user: "test", at: Date())
    }

    static func agree(_ company: Company, _ party: ERPParty) -> Bool {
        fields.allSatisfy { field, erpField in
            let crm = field.value(in: company)
            return field == .country ? lists[.country]!.erpValue(forCRM: crm) == party[erpField] : crm == party[erpField]
        }
    }

    @Test func anyEditsThenARunLeaveBothSidesEqualWithEveryLosingValueLogged() async {
        await propertyCheck(count: 400, input: Self.history) { rounds, firstLinked, winnerIndex in
            let winner: SyncSide = winnerIndex == 0 ? .crm : .erp
            let merge = SyncMerge(mappings: Self.fields.map { FieldMapping(crmField: $0.0, erpField: $0.1, direction: .both) }, lists: Self.lists, winner: winner)
            var company = Company(id: 1, code: "C1", name: "Alpha", address: PostalAddress(city: "Beta", country: "Germany"))
            var party = ERPParty(key: "7", code: "P7", values: ["name": "Alpha", "street": "Gamma", "country": "FR"])
            var link = PartyLink(companyId: 1, connectionId: 1, partyKey: "7", partyCode: "P7", linkedAt: Date())
            var log: [SyncLogEntry] = []
            if firstLinked == 0 { Self.carryOut(merge.plan(company: company, party: party, link: link), company: &company, party: &party, link: &link, log: &log) }
            for edits in rounds {
                for edit in edits { Self.apply(edit, company: &company, party: &party) }
                let before = (company, party)
                let plan = merge.plan(company: company, party: party, link: link)
                Self.carryOut(plan, company: &company, party: &party, link: &link, log: &log)
                #expect(Self.agree(company, party), "both sides equal on every two-way field after a run")
                for conflict in plan.conflicts {
                    #expect(conflict.winner == winner)
                    let lost = try #require(conflict.losingValue)
                    #expect(log.contains { $0.isConflict && $0.crmField == conflict.crmField.rawValue && $0.losingValue == lost }, "the losing value is in the log")
                    let loserValue = winner == .crm ? before.1[conflict.erpField] : conflict.crmField.value(in: before.0)
                    #expect(lost == loserValue)
                }
                let again = merge.plan(company: company, party: party, link: link)
                #expect(again.changes.isEmpty, "a run right after a run changes nothing")
            }
        }
    }

    @Test func aFieldChangedOnOneSideIsCopiedAndOnNeitherIsNotWritten() {
        let merge = SyncMerge(mappings: Self.fields.map { FieldMapping(crmField: $0.0, erpField: $0.1, direction: .both) }, lists: Self.lists, winner: .erp)
        var company = Company(id: 1, code: "C1", name: "Alpha", address: PostalAddress(street: "Old", city: "Beta", country: "Germany"))
        var party = ERPParty(key: "7", code: "P7", values: ["name": "Alpha", "street": "Old", "city": "Beta", "country": "DE"])
        var link = PartyLink(companyId: 1, connectionId: 1, partyKey: "7", partyCode: "P7", linkedAt: Date())
        var log: [SyncLogEntry] = []
        let first = merge.plan(company: company, party: party, link: link)
        #expect(first.changes.isEmpty)
        Self.carryOut(first, company: &company, party: &party, link: &link, log: &log)
        party.values["street"] = "New"
        company.phone = "+49 30 1"
        let plan = merge.plan(company: company, party: party, link: link)
        #expect(plan.crmWrites.map(\.0) == [.street])
        #expect(plan.erpWrites == ["phone": "+49 30 1"], "only the changed field is written to the ERP")
        #expect(plan.conflicts.isEmpty)
    }

    @Test func onFirstSyncAnEmptyValueNeverBlanksAFilledOne() {
        let merge = SyncMerge(mappings: Self.fields.map { FieldMapping(crmField: $0.0, erpField: $0.1, direction: .both) }, lists: Self.lists, winner: .crm)
        let company = Company(id: 1, code: "C1", name: "Alpha", address: PostalAddress(street: "", city: "Berlin"), phone: "")
        let party = ERPParty(key: "7", code: "P7", values: ["name": "Alpha", "street": "Obere Str. 57", "city": "", "phone": "030-1"])
        let plan = merge.plan(company: company, party: party, link: PartyLink(companyId: 1, connectionId: 1, partyKey: "7", partyCode: "P7", linkedAt: Date()))
        #expect(Dictionary(uniqueKeysWithValues: plan.crmWrites.map { ($0.0, $0.1) }) == [.street: "Obere Str. 57", .phone: "030-1"])
        #expect(plan.erpWrites == ["city": "Berlin"])
        #expect(plan.conflicts.isEmpty)
    }

    @Test func aOneWayFieldFlowsOnlyFromItsSource() {
        let mappings = [FieldMapping(crmField: .phone, erpField: "phone", direction: .toERP), FieldMapping(crmField: .city, erpField: "city", direction: .toCRM)]
        let merge = SyncMerge(mappings: mappings, lists: [:], winner: .erp)
        let base = ["phone": SyncBaseValue(crm: "1", erp: "1"), "city": SyncBaseValue(crm: "Graz", erp: "Graz")]
        let link = PartyLink(companyId: 1, connectionId: 1, partyKey: "7", partyCode: "P7", base: base, linkedAt: Date(), syncedAt: Date())
        // The ERP changed the phone and quotedoc the city: neither may flow that way.
        let company = Company(id: 1, code: "C1", name: "A", address: PostalAddress(city: "Wien"), phone: "1")
        let party = ERPParty(key: "7", code: "P7", values: ["phone": "2", "city": "Graz"])
        #expect(merge.plan(company: company, party: party, link: link).changes.isEmpty)
        // Changed on both sides: the source wins, whatever the connection's winner.
        let both = merge.plan(company: Company(id: 1, code: "C1", name: "A", address: PostalAddress(city: "Wien"), phone: "3"), party: ERPParty(key: "7", code: "P7", values: ["phone": "2", "city": "Linz"]), link: link)
        #expect(both.erpWrites == ["phone": "3"])
        #expect(both.crmWrites.map(\.1) == ["Linz"])
        #expect(both.conflicts.count == 2)
    }

    @Test func aCountryWithNoMappingIsReportedByNameAndNothingIsWritten() {
        let merge = SyncMerge(mappings: [FieldMapping(crmField: .country, erpField: "country", direction: .both)], lists: Self.lists, winner: .erp)
        let link = PartyLink(companyId: 1, connectionId: 1, partyKey: "7", partyCode: "P7", linkedAt: Date())
        let plan = merge.plan(company: Company(id: 1, code: "C1", name: "A", address: PostalAddress(country: "USA")), party: ERPParty(key: "7", code: "P7", values: [:]), link: link)
        #expect(plan.changes.isEmpty)
        #expect(plan.problems.first?.problem == "quotedoc's country 'USA' is mapped to no country of the ERP")
        #expect(plan.base(after: [:]).isEmpty, "an unmapped field keeps no base")
    }

    @Test func aFieldAConnectionOfHigherPriorityWritesIsLeftToIt() {
        var merge = SyncMerge(mappings: [FieldMapping(crmField: .phone, erpField: "phone", direction: .both)], lists: [:], winner: .erp)
        merge.writtenElsewhere = [.phone]
        let link = PartyLink(companyId: 1, connectionId: 1, partyKey: "7", partyCode: "P7", base: ["phone": SyncBaseValue(crm: "1", erp: "1")], linkedAt: Date(), syncedAt: Date())
        let plan = merge.plan(company: Company(id: 1, code: "C1", name: "A", phone: "1"), party: ERPParty(key: "7", code: "P7", values: ["phone": "2"]), link: link)
        #expect(plan.crmWrites.isEmpty)
    }
}
