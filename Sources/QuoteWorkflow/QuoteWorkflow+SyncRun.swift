import Foundation
import QuoteConnectors
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Brings every company linked on connection `name` in step with its party (the rules of
    /// ``SyncMerge``). Per company: the ERP is written first, then the company, its link's base
    /// and the log in one transaction, so a company is fully synced or untouched and a run cut
    /// off anywhere can simply be run again. A company the ERP refuses is reported and the run
    /// goes on; when the ERP stops answering the run stops, reporting what it did.
    public func runSync(connection name: String, dryRun: Bool, prefer: SyncSide? = nil, user: String, now: Date) async throws -> SyncRunReport {
        let sync = try await activeSync(name, prefer: prefer)
        let (links, elsewhere) = try storage.snapshot { store in
            (try store.partyLinks(connectionId: sync.connectionId), try writtenElsewhere(store, by: sync.connection))
        }
        var merge = sync.merge
        return try await eachLink(links, sync: sync, dryRun: dryRun, operation: .run, user: user, now: now) { company, party, link in
            merge.writtenElsewhere = elsewhere[company.id ?? 0] ?? []
            return merge.plan(company: company, party: party, link: link)
        }
    }

    /// Writes every linked party from quotedoc's side, bases ignored (SuperOffice's "Resync
    /// from CRM"): each field that flows to the ERP gets quotedoc's value where it differs.
    public func resyncFromCRM(connection name: String, user: String, now: Date) async throws -> SyncRunReport {
        let sync = try await activeSync(name, prefer: nil)
        let links = try storage.snapshot { store in try store.partyLinks(connectionId: sync.connectionId) }
        return try await eachLink(links, sync: sync, dryRun: false, operation: .resync, user: user, now: now) { company, party, _ in
            sync.merge.resyncFromCRM(company: company, party: party)
        }
    }

    /// The sync log of connection `name`, oldest first; the newest `limit` entries when given.
    public func syncLog(connection name: String, limit: Int?) throws -> [SyncLogEntry] {
        try storage.snapshot { store in
            let connection = try Self.connection(store, named: name)
            _ = try syncFields(of: connection)
            return try store.syncLog(connectionId: connection.id ?? 0, limit: limit)
        }
    }

    // MARK: Shared steps

    /// Connection `name` ready to sync: active, its configuration checked, the ERP's lists read.
    func activeSync(_ name: String, prefer: SyncSide?) async throws -> ActiveSync {
        let setup = try syncSetup(connection: name)
        guard !setup.connection.isDeleted else {
            throw QuoteError(.notApplicable, "connection '\(name)' is removed: restore it to sync", value: name)
        }
        guard setup.connection.sync.isActive else {
            throw QuoteError(.notApplicable, "the sync of connection '\(name)' is not active", value: name, remedy: .activateSync(name))
        }
        try setup.configuration.validate(fields: setup.fields, connection: name)
        let connector = try connector(for: setup.connection)
        let lists = try await listMaps(setup: setup, connector: connector)
        let merge = SyncMerge(mappings: setup.configuration.mappings, lists: lists, winner: prefer ?? setup.connection.sync.conflictWinner)
        return ActiveSync(setup: setup, connector: connector, merge: merge)
    }

    /// Carries out `plan(company, party, link)` for each link, in company-code order.
    private func eachLink(
        _ links: [PartyLink], sync: ActiveSync, dryRun: Bool, operation: SyncLogEntry.Operation, user: String, now: Date,
        plan: (Company, ERPParty, PartyLink) -> SyncPlan
    ) async throws -> SyncRunReport {
        let companies = try storage.snapshot { store in try store.companies() }
        let byId = Dictionary(companies.compactMap { company in company.id.map { ($0, company) } }, uniquingKeysWith: { first, _ in first })
        var report = SyncRunReport(connection: sync.connection.name, isDryRun: dryRun, results: [])
        for link in links.sorted(by: { (byId[$0.companyId]?.code ?? "") < (byId[$1.companyId]?.code ?? "") }) {
            guard let company = byId[link.companyId] else { continue }
            var result = SyncRunReport.CompanyResult(companyCode: company.code, companyName: company.name, partyCode: link.partyCode)
            do {
                guard let party = try await sync.erp({ try await sync.connector.party(key: link.partyKey) }) else {
                    result.failure = "the ERP has no party \(link.partyCode) (key \(link.partyKey)) any more: unlink the company, then link or push it again"
                    report.results.append(result)
                    continue
                }
                result.partyCode = party.code
                let planned = plan(company, party, link)
                result.plan = planned
                if !dryRun { try await carryOut(planned, company: company, party: party, link: link, sync: sync, operation: operation, user: user, now: now) }
            } catch let error as QuoteError where error.code == .erpUnavailable {
                result.plan = nil
                result.failure = error.message
                report.results.append(result)
                report.stoppedBy = error.message
                return report
            } catch let error as QuoteError {
                result.plan = nil
                result.failure = error.message
            }
            report.results.append(result)
        }
        return report
    }

    /// Writes the ERP's side of `plan`, then, in one transaction, the company's side, the link's
    /// new base and the log. A company changed since it was read is left for the next run.
    private func carryOut(
        _ plan: SyncPlan, company: Company, party: ERPParty, link: PartyLink, sync: ActiveSync, operation: SyncLogEntry.Operation, user: String, now: Date
    ) async throws {
        let erpWrites = plan.erpWrites
        if !erpWrites.isEmpty {
            _ = try await sync.erp { try await sync.connector.updateParty(key: link.partyKey, values: erpWrites) }
            CrashPoint.afterERPWrite.reach()
        }
        try storage.transaction { store in
            guard let current = try store.company(id: link.companyId) else { return }
            let stored = try store.partyLinks(companyId: link.companyId).first { $0.connectionId == link.connectionId }
            let mapped = plan.outcomes.map(\.crmField)
            // Another run, or an edit, got there first: this company waits for the next run.
            guard stored == link, mapped.allSatisfy({ $0.value(in: current) == $0.value(in: company) }) else {
                throw QuoteError(.versionChanged, "company \(company.code) was changed while it was synced: run the sync again", value: company.code)
            }
            if !plan.crmWrites.isEmpty {
                let updated = plan.applied(to: current)
                try updated.validate()
                try store.update(updated)
            }
            var synced = link
            synced.base = plan.base(after: operation == .resync ? [:] : link.base)
            synced.syncedAt = now
            synced.partyCode = party.code
            try store.update(synced)
            try store.append(SyncLogEntry.entries(plan, connectionId: sync.connectionId, companyCode: company.code, partyCode: party.code, operation: operation, user: user, at: now))
        }
    }

    /// Per company linked on `connection`, the company fields a sync connection before it (lower
    /// priority number, or the same and a name sorting first) writes: this one leaves them.
    func writtenElsewhere(_ store: any StorageReader, by connection: ERPConnection) throws -> [Int64: Set<CompanyField>] {
        var fields: [Int64: Set<CompanyField>] = [:]
        let rank = { (other: ERPConnection) in (other.sync.priority, other.name) }
        for other in try store.connections(includingDeleted: false)
        where other.id != connection.id && other.sync.isActive && rank(other) < rank(connection) {
            guard let setup = try? syncSetup(store, connection: other) else { continue }
            let written = Set(setup.configuration.activeMappings.filter(\.direction.writesCRM).map(\.crmField))
            for link in try store.partyLinks(connectionId: other.id ?? 0) { fields[link.companyId, default: []].formUnion(written) }
        }
        return fields
    }
}
