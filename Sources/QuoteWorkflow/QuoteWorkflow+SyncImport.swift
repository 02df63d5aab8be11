import Foundation
import QuoteConnectors
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Imports the ERP's parties into quotedoc: each party not linked yet is matched to a company
    /// not linked yet (``PartyMatch``: code, VAT number, normalized name) and linked, or becomes a
    /// new company with its mapped fields; an ambiguous match is reported and left alone. All of
    /// it is one transaction; a dry run says what would happen and writes nothing. Run twice, the
    /// second changes nothing.
    public func importParties(connection name: String, dryRun: Bool, user: String, now: Date) async throws -> SyncImportReport {
        let sync = try await activeSync(name, prefer: nil)
        let parties = try await sync.erp { try await sync.connector.parties() }
        let (links, companies) = try storage.snapshot { store in (try store.partyLinks(connectionId: sync.connectionId), try store.companies()) }
        let linkedParties = Set(links.map(\.partyKey))
        let linkedCompanies = Set(links.map(\.companyId))
        var candidates = companies.filter { !linkedCompanies.contains($0.id ?? 0) }
        var codes = Set(companies.map(\.code))
        var report = SyncImportReport(connection: name, isDryRun: dryRun, parties: [], alreadyLinked: 0)
        let merge = sync.merge
        for party in parties {
            if linkedParties.contains(party.key) {
                report.alreadyLinked += 1
                continue
            }
            switch PartyMatch.find(party, among: candidates) {
            case .matched(let company, let key):
                candidates.removeAll { $0.id == company.id }
                report.parties.append((party, .linked(company: company, by: key)))
            case .ambiguous(let companies, let key):
                report.parties.append((party, .ambiguous(companies: companies, by: key)))
            case .none:
                guard !party.code.isEmpty, !codes.contains(party.code) else {
                    report.parties.append((party, .skipped(reason: party.code.isEmpty
                        ? "the party has no code"
                        : "company code \(party.code) is taken by a company linked to another party")))
                    continue
                }
                var company = Company(code: party.code, name: "")
                let (values, problems) = merge.companyValues(from: party)
                for (field, value) in values { field.set(value, in: &company) }
                var notes = problems
                if (try? company.validate()) == nil, !company.address.country.isEmpty {
                    notes.append("the country '\(company.address.country)' is not one quotedoc knows: left empty")
                    company.address.country = ""
                }
                do {
                    try company.validate()
                } catch {
                    report.parties.append((party, .skipped(reason: error.message)))
                    continue
                }
                codes.insert(company.code)
                report.parties.append((party, .added(company: company, problems: notes)))
            }
        }
        guard !dryRun else { return report }
        report.parties = try storage.transaction { store in
            try report.parties.map { party, outcome in
                switch outcome {
                case .linked(let company, let key):
                    _ = try store.insert(PartyLink(companyId: company.id ?? 0, connectionId: sync.connectionId, partyKey: party.key, partyCode: party.code, linkedAt: now))
                    try store.append([SyncLogEntry(
                        connectionId: sync.connectionId, companyCode: company.code, partyCode: party.code, operation: .importParty,
                        written: .crm, newValue: "linked by \(key.rawValue)", user: user, at: now)])
                    return (party, outcome)
                case .added(let company, let problems):
                    let (added, _) = try store.insert(company, contact: nil)
                    let base = merge.base(company: added, party: party)
                    _ = try store.insert(PartyLink(
                        companyId: added.id ?? 0, connectionId: sync.connectionId, partyKey: party.key, partyCode: party.code, base: base, linkedAt: now, syncedAt: now))
                    try store.append([SyncLogEntry(
                        connectionId: sync.connectionId, companyCode: added.code, partyCode: party.code, operation: .importParty,
                        written: .crm, newValue: "added \(added.name)", user: user, at: now)])
                    return (party, .added(company: added, problems: problems))
                case .ambiguous, .skipped:
                    return (party, outcome)
                }
            }
        }
        return report
    }
}
