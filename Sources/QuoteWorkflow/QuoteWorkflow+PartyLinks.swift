import Foundation
import QuoteConnectors
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Links company `code` to the ERP party with `partyCode` on connection `name` (a company has
    /// at most one party per connection, a party at most one company). The first run after it
    /// merges the two by the first-sync rules.
    public func linkCompany(code: String, connection name: String, partyCode: String, user: String, now: Date) async throws -> (company: Company, party: ERPParty) {
        let connection = try storage.snapshot { store in try Self.connection(store, named: name) }
        _ = try syncFields(of: connection)
        let connector = try connector(for: connection)
        let parties = try await Self.callingERP(connection) { try await connector.parties() }
        guard let party = parties.first(where: { $0.code == partyCode }) else {
            throw QuoteError(.notFound, "the ERP of connection '\(name)' has no customer party with the code '\(partyCode)'", value: partyCode)
        }
        let company = try storage.transaction { store -> Company in
            guard let company = try store.company(code: code) else { throw QuoteError.notFound("company", code) }
            _ = try store.insert(PartyLink(companyId: company.id ?? 0, connectionId: connection.id ?? 0, partyKey: party.key, partyCode: party.code, linkedAt: now))
            try store.append([SyncLogEntry(
                connectionId: connection.id ?? 0, companyCode: code, partyCode: party.code, operation: .link, written: .crm,
                newValue: "linked to \(party.label)", user: user, at: now)])
            return company
        }
        return (company, party)
    }

    /// Removes the link of company `code` on connection `name`; neither side changes.
    public func unlinkCompany(code: String, connection name: String, user: String, now: Date) throws -> PartyLink {
        try storage.transaction { store in
            let connection = try Self.connection(store, named: name)
            guard let company = try store.company(code: code) else { throw QuoteError.notFound("company", code) }
            guard let link = try store.partyLinks(companyId: company.id ?? 0).first(where: { $0.connectionId == connection.id }) else {
                throw QuoteError(.notFound, "company \(code) is not linked on connection '\(name)'", value: code)
            }
            try store.delete(link)
            try store.append([SyncLogEntry(
                connectionId: connection.id ?? 0, companyCode: code, partyCode: link.partyCode, operation: .link, written: .crm,
                oldValue: "linked to \(link.partyCode)", newValue: "unlinked", user: user, at: now)])
            return link
        }
    }

    /// Company `code` with its people and links; each linked party's mapped fields are read from
    /// its ERP now (an ERP that cannot be read is said per link, not an error).
    public func companyView(code: String) async throws -> CompanyView {
        let (company, people, links) = try storage.snapshot { store in
            guard let company = try store.company(code: code) else { throw QuoteError.notFound("company", code) }
            var links: [(ERPConnection, PartyLink, SyncSetup?)] = []
            for link in try store.partyLinks(companyId: company.id ?? 0) {
                guard let connection = try store.connections(includingDeleted: true).first(where: { $0.id == link.connectionId }) else { continue }
                links.append((connection, link, try? syncSetup(store, connection: connection)))
            }
            return (company, try store.people(ofCompany: company.id ?? 0), links)
        }
        var view = CompanyView(company: company, people: people, links: [])
        for (connection, link, setup) in links {
            var shown = CompanyView.Link(connection: connection.name, link: link, erpValues: [])
            do {
                guard let setup else { throw QuoteError(.notApplicable, "its connector cannot sync") }
                let connector = try connector(for: connection)
                guard let party = try await Self.callingERP(connection, { try await connector.party(key: link.partyKey) }) else {
                    throw QuoteError(.notFound, "the ERP has no party \(link.partyCode) any more")
                }
                let lists = try await listMaps(setup: setup, connector: connector)
                let differing = SyncMerge(mappings: setup.configuration.mappings, lists: lists, winner: .erp).differing(company: company, party: party)
                shown.erpValues = setup.configuration.activeMappings.map { ($0.crmField, $0.erpField, party[$0.erpField], differing.contains($0.erpField)) }
            } catch let error as QuoteError {
                shown.failure = error.message
            }
            view.links.append(shown)
        }
        return view
    }

    /// Removes company `code` with its contact people and links; a company some sale is for is
    /// refused (its quotes and documents name it).
    public func removeCompany(code: String) throws -> Company {
        try storage.transaction { store in
            guard let company = try store.company(code: code) else { throw QuoteError.notFound("company", code) }
            if try store.hasSales(companyId: company.id ?? 0) {
                throw QuoteError(.notAllowed, "company \(code) has sales: its quotes and documents name it, so it stays", value: code, remedy: nil)
            }
            try store.delete(company)
            return company
        }
    }
}
