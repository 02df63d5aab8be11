import GRDB
import QuoteModel
import StorageInterface

extension QuoteDatabase {
    /// Recomputes the hash chains of sale activities and archived documents in id order, and
    /// reports every row changed, deleted or inserted out of order behind quotedoc's back, with
    /// the head of each chain. ``AuditTrailReport`` says what a hash chain cannot show.
    ///
    /// - Parameter noted: chain heads noted down earlier; each must still be in its chain with
    ///   the same hash (a head of an empty table checks nothing).
    public func verifyAuditTrail(noted: [AuditChainHead] = []) throws(QuoteError) -> AuditTrailReport {
        try read { db in
            try Self.auditTrailReport(noted: noted) { table in
                try AuditChain.links(of: table.rawValue, columns: table.chainedColumns, db)
            }
        }
    }

    /// The report on every chain, its rows in id order from `links` (either store's).
    package static func auditTrailReport(noted: [AuditChainHead], links: (AuditedTable) throws -> [AuditChain.Link]) rethrows -> AuditTrailReport {
        var problems: [AuditProblem] = []
        var heads: [AuditChainHead] = []
        for table in AuditedTable.allCases {
            let links = try links(table)
            problems += Self.chainProblems(links, table: table)
            let notedHeads = noted.compactMap { head -> (rowId: Int64, chainHash: String)? in
                guard head.table == table, let rowId = head.lastRowId, let chainHash = head.chainHash else { return nil }
                return (rowId, chainHash)
            }
            if !notedHeads.isEmpty {
                let hashes = Dictionary(uniqueKeysWithValues: links.map { ($0.id, $0.chainHash) })
                for head in notedHeads where hashes[head.rowId] ?? nil != head.chainHash {
                    problems.append(.notedHeadMissing(table: table, rowId: head.rowId))
                }
            }
            heads.append(AuditChainHead(table: table, lastRowId: links.last?.id, chainHash: links.last?.chainHash))
        }
        return AuditTrailReport(problems: problems, heads: heads)
    }

    /// The problems of one chain, its rows in id order. Each row is checked against the stored
    /// hash of the row before it, so a changed row is reported once, not with every row after
    /// it. A row that does not follow the row before it is the first after rows inserted out of
    /// order when it follows an earlier row (those between are reported), else the first after
    /// deleted rows when the ids have a gap there, else changed.
    static func chainProblems(_ links: [AuditChain.Link], table: AuditedTable) -> [AuditProblem] {
        /// Whether the row at `index` follows the row at `predecessor` (-1: the chain's start).
        func follows(_ index: Int, _ predecessor: Int) -> Bool {
            let previous = predecessor < 0 ? AuditChain.genesis : links[predecessor].chainHash
            guard let hash = links[index].chainHash, let previous else { return false }
            return hash == AuditChain.link(previous: previous, canonical: links[index].canonical)
        }
        var problems: [Int: AuditProblem] = [:]
        // Rows before the last problem were tried for it already: each row is tried about once.
        var lastProblem = -1
        for index in links.indices where !follows(index, index - 1) {
            if let predecessor = stride(from: index - 2, through: lastProblem, by: -1).first(where: { follows(index, $0) }) {
                for inserted in predecessor + 1 ..< index {
                    problems[inserted] = .insertedOutOfOrder(table: table, rowId: links[inserted].id)
                }
            } else if links[index].id > (index == 0 ? 0 : links[index - 1].id) + 1 {
                problems[index] = .deleted(table: table, afterRowId: index == 0 ? nil : links[index - 1].id, beforeRowId: links[index].id)
            } else {
                problems[index] = .changed(table: table, rowId: links[index].id)
            }
            lastProblem = index
        }
        return problems.sorted { $0.key < $1.key }.map(\.value)
    }
}
