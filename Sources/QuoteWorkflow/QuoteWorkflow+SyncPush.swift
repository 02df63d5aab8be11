import Foundation
import QuoteConnectors
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Makes the party of company `code` in the ERP of connection `name` (its mapped fields and
    /// the defaults) and links it. The party is made with the company's code, fixed before the
    /// call: a push cut off after the ERP made it finds it by that code when run again, so there
    /// is exactly one party per company. Returns the link and whether the party was there already.
    public func pushCompany(code: String, connection name: String, user: String, now: Date) async throws -> (company: Company, party: ERPParty, wasAlreadyMade: Bool) {
        let sync = try await activeSync(name, prefer: nil)
        return try await push(code: code, sync: sync, user: user, now: now)
    }

    /// The customer of `detail` as the ERP of `connection` is asked for it, to price or to order:
    /// its linked party when it has one. On an active sync connection an unlinked customer has
    /// its party made first when the connection allows it (logged as `user`, else the sale's
    /// owner), else it is refused naming `sync push`. Without sync: found by code and name.
    func erpCustomer(_ detail: QuoteDetail, connection: ERPConnection, user: String?, now: Date) async throws -> ConnectorCustomer {
        let company = detail.company
        var customer = try customer(company, on: connection)
        guard customer.partyKey == nil, connection.sync.isActive, (try? syncFields(of: connection)) != nil else { return customer }
        guard connection.sync.pushOnOrder else {
            throw QuoteError(
                .notApplicable, "customer \(company.name) (\(company.code)) has no party in the ERP of connection '\(connection.name)': it is not linked",
                value: company.code, quote: detail.quote.number, remedy: .pushCompany(company.code, connection.name))
        }
        let pushed = try await push(code: company.code, sync: try await activeSync(connection.name, prefer: nil), user: user ?? detail.owner.userName, now: now)
        customer.partyKey = pushed.party.key
        return customer
    }

    private func push(code: String, sync: ActiveSync, user: String, now: Date) async throws -> (company: Company, party: ERPParty, wasAlreadyMade: Bool) {
        let company = try storage.snapshot { store -> Company in
            guard let company = try store.company(code: code) else { throw QuoteError.notFound("company", code) }
            if let link = try store.partyLinks(companyId: company.id ?? 0).first(where: { $0.connectionId == sync.connectionId }) {
                throw QuoteError(.duplicate, "company \(code) is linked to party \(link.partyCode) of connection '\(sync.connection.name)' already", value: code)
            }
            return company
        }
        let values = try sync.merge.partyValues(for: company, configuration: sync.setup.configuration, fields: sync.setup.fields)
        let (party, wasAlreadyMade) = try await sync.erp { try await sync.connector.createParty(code: company.code, values: values) }
        CrashPoint.afterERPParty.reach()
        try storage.transaction { store in
            if let other = try store.partyLinks(connectionId: sync.connectionId).first(where: { $0.partyKey == party.key }) {
                let holder = try store.company(id: other.companyId)?.code ?? "another company"
                throw QuoteError(.duplicate, "the ERP's party \(party.code) is linked to \(holder) already", value: party.code)
            }
            // A party found from an earlier attempt, or made by someone else with this code, is
            // merged by the first-sync rules on the next run; a party made now starts in step.
            let base = wasAlreadyMade ? [:] : sync.merge.base(company: company, party: party)
            _ = try store.insert(PartyLink(
                companyId: company.id ?? 0, connectionId: sync.connectionId, partyKey: party.key, partyCode: party.code, base: base,
                linkedAt: now, syncedAt: wasAlreadyMade ? nil : now))
            try store.append([SyncLogEntry(
                connectionId: sync.connectionId, companyCode: company.code, partyCode: party.code, operation: .push, written: .erp,
                newValue: wasAlreadyMade ? "linked to the party an earlier push made" : "made party \(party.code)", user: user, at: now)])
        }
        return (company, party, wasAlreadyMade)
    }
}
