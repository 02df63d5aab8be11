import Foundation
import GRDB
import QuoteModel

/// A document about to be archived: what the documents module rendered and staged.
public struct DocumentDraft: Sendable, Hashable {
    public let kind: DocumentKind
    public let format: DocumentFormat
    public let path: String
    public let sha256: String
    public let byteSize: Int64
    public let templateName: String
    public let templateHash: String
    public let engineVersion: String

    public init(kind: DocumentKind, format: DocumentFormat, path: String, sha256: String, byteSize: Int64, templateName: String, templateHash: String, engineVersion: String) {
        self.kind = kind
        self.format = format
        self.path = path
        self.sha256 = sha256
        self.byteSize = byteSize
        self.templateName = templateName
        self.templateHash = templateHash
        self.engineVersion = engineVersion
    }
}

/// A sale activity with the documents archived with it.
public struct ActivityRecord: Sendable, Hashable, Codable {
    public let activity: SaleActivity
    public let saleNumber: String
    public let quoteNumber: String?
    public let versionRank: Int?
    public let associateUserName: String
    public let documents: [Document]
}

extension QuoteDatabase {
    /// Who acts: the associate with `userName`, or the sale's owner when nil.
    static func actor(_ db: Database, userName: String?, sale: Sale) throws -> Associate {
        if let userName {
            guard let associate = try Associate.filter(Column("userName") == userName).fetchOne(db) else {
                throw StoreError.notFound("associate", userName)
            }
            return associate
        }
        return try Associate.fetchOne(db, key: sale.ownerId)!
    }

    static func activeVersion(_ db: Database, quote: Quote) throws -> QuoteVersion {
        guard let version = try QuoteVersion.filter(Column("quoteId") == quote.id).order(Column("rank").desc).fetchOne(db) else {
            throw StoreError(.invalid, "quote '\(quote.number)' has no version")
        }
        return version
    }

    static func quote(_ db: Database, number: String) throws -> Quote {
        guard let quote = try Quote.filter(Column("number") == number).fetchOne(db) else { throw StoreError.notFound("quote", number) }
        return quote
    }

    /// Inserts an activity and its documents.
    static func record(_ activity: SaleActivity, documents: [DocumentDraft], versionId: Int64, now: Date, _ db: Database) throws -> SaleActivity {
        let activity = try activity.inserted(db)
        for draft in documents {
            var document = Document(
                activityId: activity.id, quoteVersionId: versionId, kind: draft.kind, format: draft.format, path: draft.path,
                sha256: draft.sha256, byteSize: draft.byteSize, templateName: draft.templateName, templateHash: draft.templateHash,
                engineVersion: draft.engineVersion, created: now)
            try document.insert(db)
        }
        return activity
    }

    // MARK: Versions

    /// Makes version n+1 of quote `number` as a draft copy of version `rank` (the active one when
    /// nil), which must be sent or archived; every other version becomes archived.
    @discardableResult
    public func newVersion(quoteNumber: String, from rank: Int? = nil, today: LocalDate) throws(StoreError) -> QuoteDetail {
        try write { db in
            let quote = try Self.quote(db, number: quoteNumber)
            let versions = try QuoteVersion.filter(Column("quoteId") == quote.id).order(Column("rank")).fetchAll(db)
            guard let source = rank.map({ wanted in versions.first { $0.rank == wanted } }) ?? versions.last else {
                throw StoreError(.notFound, "quote '\(quoteNumber)' has no version \(rank ?? 0)")
            }
            if quote.isOrdered {
                throw StoreError(.invalid, "quote \(quoteNumber) has an order placed and is locked")
            }
            guard source.state == .sent || source.state == .archived || source.state == .lost else {
                throw StoreError(.invalid, "version \(source.rank) of quote \(quoteNumber) is \(source.state.rawValue): edit it as it is; a new version copies a sent or archived one")
            }
            var tree = try Self.loadTree(db, version: source)
            for var version in versions where version.state != .archived {
                version.archivedState = version.state
                version.state = .archived
                try version.update(db, columns: ["state", "archivedState"])
            }
            let favouriteIndex = tree.alternatives.firstIndex { $0.alternative.id == source.favouriteAlternativeId } ?? 0
            tree.version.id = nil
            tree.version.rank = (versions.last?.rank ?? 0) + 1
            tree.version.state = .draft
            tree.version.archivedState = nil
            tree.version.sentDate = nil
            tree.version.expirationDate = nil
            tree.version.approval = Approval()
            for index in tree.alternatives.indices {
                tree.alternatives[index].alternative.id = nil
                for lineIndex in tree.alternatives[index].lines.indices { tree.alternatives[index].lines[lineIndex].id = nil }
            }
            let inserted = try Self.insert(db, tree, favouriteIndex: favouriteIndex)
            let sale = try Sale.fetchOne(db, key: quote.saleId)!
            let saleType = try SaleType.fetchOne(db, key: sale.saleTypeId)!
            var priced = try Self.priceAndValidate(db, inserted, sale: sale, saleType: saleType, today: today)
            priced.version.state = VersionLifecycle.stateAfterEdit(.draft, status: priced.version.status, changed: true)
            try Self.save(db, priced, replacing: inserted)
        }
        return try quote(number: quoteNumber)
    }

    // MARK: Approval

    /// Asks `approver` to approve the active version, which needs approval.
    public func requestApproval(quoteNumber: String, approver: String, comment: String, actingUser: String?, now: Date) throws(StoreError) -> QuoteVersion {
        try write { db in
            let quote = try Self.quote(db, number: quoteNumber)
            var version = try Self.activeVersion(db, quote: quote)
            try VersionLifecycle.checkApprovalRequest(version, quoteNumber: quoteNumber)
            guard let approverAssociate = try Associate.filter(Column("userName") == approver).fetchOne(db) else {
                throw StoreError.notFound("associate", approver)
            }
            guard approverAssociate.canApproveQuote else {
                throw StoreError(.invalid, "\(approverAssociate.name) (\(approver)) does not have the right to approve quotes; ask someone who has")
            }
            _ = try Self.actor(db, userName: actingUser, sale: try Sale.fetchOne(db, key: quote.saleId)!)
            // A new request starts a new decision: any earlier one is cleared.
            version.approval = Approval(requestedApproverId: approverAssociate.id, requestComment: comment)
            version.state = .needsApproval
            try version.update(db)
            return version
        }
    }

    /// Approves or rejects the active version as `approver`, who must have the right; the
    /// decision is registered by `registeredBy` (the approver when nil).
    public func decide(quoteNumber: String, approve: Bool, approver: String, comment: String, registeredBy: String? = nil, now: Date) throws(StoreError) -> QuoteVersion {
        try write { db in
            let quote = try Self.quote(db, number: quoteNumber)
            var version = try Self.activeVersion(db, quote: quote)
            guard let approverAssociate = try Associate.filter(Column("userName") == approver).fetchOne(db) else {
                throw StoreError.notFound("associate", approver)
            }
            try VersionLifecycle.checkDecision(version, quoteNumber: quoteNumber, approver: approverAssociate)
            let registrar = try registeredBy.map { name in
                guard let associate = try Associate.filter(Column("userName") == name).fetchOne(db) else { throw StoreError.notFound("associate", name) }
                return associate
            } ?? approverAssociate
            version.approval.approvedById = approverAssociate.id
            version.approval.approvalText = comment
            version.approval.registeredById = registrar.id
            version.approval.registeredAt = now
            version.state = approve ? .approved : .notApproved
            try version.update(db)
            return version
        }
    }

    // MARK: Send, order, lost

    /// What sending a version records.
    public struct SendRequest: Sendable {
        public let quoteNumber: String
        /// The version that was rendered; sending fails if another became active meanwhile.
        public let rank: Int
        public let actingUser: String?
        public let sentDate: LocalDate
        public let expirationDate: LocalDate
        public let now: Date
        public let documents: [DocumentDraft]
        public let followUp: (date: Date, text: String)?

        public init(quoteNumber: String, rank: Int, actingUser: String?, sentDate: LocalDate, expirationDate: LocalDate, now: Date, documents: [DocumentDraft], followUp: (date: Date, text: String)?) {
            self.quoteNumber = quoteNumber
            self.rank = rank
            self.actingUser = actingUser
            self.sentDate = sentDate
            self.expirationDate = expirationDate
            self.now = now
            self.documents = documents
            self.followUp = followUp
        }
    }

    /// Records a send in one transaction: the version becomes sent with its dates, exactly one
    /// "quote sent" activity holds the documents, a follow-up is added when asked, and the sale's
    /// amount follows the favourite. Checked again inside the transaction, so of several
    /// processes sending the same version, exactly one succeeds.
    public func recordSend(_ request: SendRequest) throws(StoreError) -> ActivityRecord {
        let activityId = try write { db -> Int64 in
            let quote = try Self.quote(db, number: request.quoteNumber)
            var version = try Self.activeVersion(db, quote: quote)
            guard version.rank == request.rank else {
                throw StoreError(.invalid, "quote \(request.quoteNumber) has version \(version.rank) now; render and send again")
            }
            try VersionLifecycle.checkSendable(version, quoteNumber: request.quoteNumber)
            var sale = try Sale.fetchOne(db, key: quote.saleId)!
            let actor = try Self.actor(db, userName: request.actingUser, sale: sale)
            version.state = .sent
            version.sentDate = request.sentDate
            version.expirationDate = request.expirationDate
            try version.update(db)
            let activity = try Self.record(
                SaleActivity(kind: .quoteSent, saleId: sale.id!, quoteVersionId: version.id, associateId: actor.id!, date: request.now,
                             text: "Quote \(request.quoteNumber) version \(version.rank) sent, valid to \(request.expirationDate)"),
                documents: request.documents, versionId: version.id!, now: request.now, db)
            if let followUp = request.followUp {
                _ = try SaleActivity(kind: .followUp, saleId: sale.id!, quoteVersionId: version.id, associateId: actor.id!, date: followUp.date, text: followUp.text).inserted(db)
            }
            let tree = try Self.loadTree(db, version: version)
            sale.amount = tree.favourite?.alternative.totalPrice ?? sale.amount
            try sale.update(db, columns: ["amount"])
            return activity.id!
        }
        return try activity(id: activityId)
    }

    /// What placing an order records.
    public struct OrderRequest: Sendable {
        public let quoteNumber: String
        public let rank: Int
        public let alternativeName: String
        public let poNumber: String
        public let comment: String
        public let markSold: Bool
        public let actingUser: String?
        public let orderDate: LocalDate
        public let now: Date
        public let documents: [DocumentDraft]

        public init(quoteNumber: String, rank: Int, alternativeName: String, poNumber: String, comment: String, markSold: Bool, actingUser: String?, orderDate: LocalDate, now: Date, documents: [DocumentDraft]) {
            self.quoteNumber = quoteNumber
            self.rank = rank
            self.alternativeName = alternativeName
            self.poNumber = poNumber
            self.comment = comment
            self.markSold = markSold
            self.actingUser = actingUser
            self.orderDate = orderDate
            self.now = now
            self.documents = documents
        }
    }

    /// Records a placed order in one transaction: the accepted alternative, PO number and comment,
    /// the version sold (locked), one "order placed" activity with the confirmation, and the sale
    /// sold when asked.
    public func recordOrder(_ request: OrderRequest) throws(StoreError) -> ActivityRecord {
        let activityId = try write { db -> Int64 in
            var quote = try Self.quote(db, number: request.quoteNumber)
            guard !quote.isOrdered else { throw StoreError(.invalid, "quote \(request.quoteNumber) has an order placed already") }
            var version = try Self.activeVersion(db, quote: quote)
            guard version.rank == request.rank else {
                throw StoreError(.invalid, "quote \(request.quoteNumber) has version \(version.rank) now; place the order again")
            }
            if version.state != .sent { try VersionLifecycle.checkSendable(version, quoteNumber: request.quoteNumber, action: "ordered") }
            let tree = try Self.loadTree(db, version: version)
            guard let accepted = tree.alternatives.first(where: { $0.alternative.name == request.alternativeName }) else {
                throw StoreError(.notFound, "quote \(request.quoteNumber) has no alternative '\(request.alternativeName)'")
            }
            var sale = try Sale.fetchOne(db, key: quote.saleId)!
            let actor = try Self.actor(db, userName: request.actingUser, sale: sale)
            quote.acceptedAlternativeId = accepted.alternative.id
            quote.poNumber = request.poNumber
            quote.orderComment = request.comment
            quote.orderDate = request.orderDate
            try quote.update(db)
            version.state = .sold
            try version.update(db, columns: ["state"])
            let activity = try Self.record(
                SaleActivity(kind: .orderPlaced, saleId: sale.id!, quoteVersionId: version.id, associateId: actor.id!, date: request.now,
                             text: "Order placed on quote \(request.quoteNumber) version \(version.rank), alternative '\(request.alternativeName)'"),
                documents: request.documents, versionId: version.id!, now: request.now, db)
            sale.amount = accepted.alternative.totalPrice
            if request.markSold { sale.status = .sold }
            try sale.update(db, columns: ["amount", "status"])
            return activity.id!
        }
        return try activity(id: activityId)
    }

    /// Marks the active version and the sale lost, with an activity giving the reason.
    public func markLost(quoteNumber: String, reason: String, actingUser: String?, now: Date) throws(StoreError) -> ActivityRecord {
        let activityId = try write { db -> Int64 in
            let quote = try Self.quote(db, number: quoteNumber)
            var version = try Self.activeVersion(db, quote: quote)
            try VersionLifecycle.checkLost(version, quoteNumber: quoteNumber)
            var sale = try Sale.fetchOne(db, key: quote.saleId)!
            let actor = try Self.actor(db, userName: actingUser, sale: sale)
            version.state = .lost
            try version.update(db, columns: ["state"])
            sale.status = .lost
            try sale.update(db, columns: ["status"])
            return try SaleActivity(kind: .saleLost, saleId: sale.id!, quoteVersionId: version.id, associateId: actor.id!, date: now, text: reason).inserted(db).id!
        }
        return try activity(id: activityId)
    }

    // MARK: Activities and documents

    /// One activity with its documents.
    public func activity(id: Int64) throws(StoreError) -> ActivityRecord {
        let records = try activities(where: "saleActivity.id = ?", [id])
        guard let record = records.first else { throw StoreError(.notFound, "no activity \(id)") }
        return record
    }

    /// Activities, newest last; of one sale, one quote, and/or since a day when given.
    public func activities(saleNumber: String? = nil, quoteNumber: String? = nil, since: Date? = nil) throws(StoreError) -> [ActivityRecord] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let saleNumber { conditions.append("sale.number = ?"); arguments.append(saleNumber) }
        if let quoteNumber { conditions.append("quote.number = ?"); arguments.append(quoteNumber) }
        if let since { conditions.append("saleActivity.date >= ?"); arguments.append(since) }
        return try activities(where: conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
    }

    private func activities(where condition: String, _ arguments: [any DatabaseValueConvertible]) throws(StoreError) -> [ActivityRecord] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT saleActivity.*, sale.number AS saleNumber, quote.number AS quoteNumber, v.rank AS versionRank,
                       associate.userName AS associateUserName
                FROM saleActivity
                JOIN sale ON sale.id = saleActivity.saleId
                JOIN associate ON associate.id = saleActivity.associateId
                LEFT JOIN quoteVersion v ON v.id = saleActivity.quoteVersionId
                LEFT JOIN quote ON quote.id = v.quoteId
                WHERE \(condition)
                ORDER BY saleActivity.date, saleActivity.id
                """, arguments: StatementArguments(arguments))
            let ids = rows.map { $0["id"] as Int64 }
            let documents = try Document.filter(ids.contains(Column("activityId"))).order(Column("id")).fetchAll(db)
            let byActivity = Dictionary(grouping: documents) { $0.activityId ?? 0 }
            return try rows.map { row in
                let activity = try SaleActivity(row: row)
                return ActivityRecord(
                    activity: activity, saleNumber: try row.value("saleNumber"), quoteNumber: try row.value("quoteNumber"),
                    versionRank: try row.value("versionRank"), associateUserName: try row.value("associateUserName"),
                    documents: byActivity[activity.id!] ?? [])
            }
        }
    }

    /// Every archived document, oldest first.
    public func documents() throws(StoreError) -> [Document] {
        try read { db in try Document.order(Column("id")).fetchAll(db) }
    }
}

extension QuoteDatabase {
    /// The archived documents whose files lie directly in `folder` (an absolute path).
    public func documents(inFolder folder: String) throws(StoreError) -> [Document] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        // A range on the path index: every path that starts with the prefix sorts between it and
        // the prefix with its last character ('/') raised by one ('0').
        let end = String(prefix.dropLast()) + "0"
        return try read { db in
            try Document.filter(sql: "path >= ? AND path < ?", arguments: [prefix, end]).fetchAll(db)
                .filter { !$0.path.dropFirst(prefix.count).contains("/") }
        }
    }

    /// The SHA-256 hashes archived for each of `paths` (a path may have several, after re-issues).
    public func archivedHashes(paths: [String]) throws(StoreError) -> [String: Set<String>] {
        try read { db in
            let statement = try db.cachedStatement(sql: "SELECT sha256 FROM document WHERE path = ?")
            var hashes: [String: Set<String>] = [:]
            for path in paths {
                let found = try String.fetchAll(statement, arguments: [path])
                if !found.isEmpty { hashes[path] = Set(found) }
            }
            return hashes
        }
    }
}
