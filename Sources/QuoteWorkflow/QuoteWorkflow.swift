import Foundation
import QuoteConnectors
import QuoteModel
import StorageInterface

/// Every use case of a quote in one place: create, edit and recalculate, approval, new version,
/// send, order, lost, preview, history and archive verification. Each one checks the model's
/// rules (``VersionLifecycle``) once, inside the storage transaction that makes its change, and
/// records who acted. It talks to storage only through ``QuoteStorage``, so any store serves,
/// and to ERPs only through the connectors of ``connectors``.
public struct QuoteWorkflow: Sendable {
    public let storage: any QuoteStorage
    /// The connectors installed, by name.
    public let connectors: ConnectorRegistry
    /// The environment a connection's secrets may be read from (`password-env=VARIABLE`).
    public let environment: [String: String]

    public init(storage: any QuoteStorage, connectors: ConnectorRegistry = ConnectorRegistry([StandaloneConnector.self]), environment: [String: String] = [:]) {
        self.storage = storage
        self.connectors = connectors
        self.environment = environment
    }

    /// Who acts, and when.
    public struct Acting: Sendable {
        /// The acting associate's user name; nil means the sale's owner.
        public var user: String?
        public var today: LocalDate
        public var now: Date
        /// The revision of the active version the change was made against, when the caller read
        /// it earlier: a version saved since is refused, naming who saved it, instead of
        /// overwritten (edits, send, approval decisions).
        public var expectedRevision: Int?

        public init(user: String? = nil, today: LocalDate, now: Date, expectedRevision: Int? = nil) {
            self.user = user
            self.today = today
            self.now = now
            self.expectedRevision = expectedRevision
        }
    }

    // MARK: Shared steps

    /// Refuses `version` unless it is at revision `expected` (when given), naming who saved the
    /// revision it is at and when.
    static func checkRevision(_ store: any StorageReader, _ version: QuoteVersion, expected: Int?, quoteNumber: String) throws {
        guard let expected, expected != version.revision else { return }
        let who = try version.revisedById.flatMap { try store.associate(id: $0) }.map { "\($0.name) (\($0.userName))" } ?? "someone"
        let when = version.revisedAt.map { " at " + ISO8601DateFormatter().string(from: $0) } ?? ""
        throw QuoteError(
            .versionChanged,
            "version \(version.rank) of quote \(quoteNumber) was changed by \(who)\(when): it is at revision \(version.revision), not \(expected); show it again and redo your change",
            value: "\(version.revision)", quote: quoteNumber)
    }

    /// The associate acting: `acting.user`, or the sale's owner when nil.
    static func actor(_ store: any StorageReader, _ acting: Acting, sale: Sale) throws -> Associate {
        if let user = acting.user {
            guard let associate = try store.associate(userName: user) else { throw QuoteError.notFound("associate", user) }
            return associate
        }
        guard let owner = try store.associate(id: sale.ownerId) else { throw QuoteError(.notFound, "sale \(sale.number) has no owner", value: sale.number) }
        return owner
    }

    static func quote(_ store: any StorageReader, number: String) throws -> Quote {
        guard let quote = try store.quote(number: number) else { throw QuoteError.notFound("quote", number) }
        return quote
    }

    static func sale(_ store: any StorageReader, of quote: Quote) throws -> Sale {
        guard let sale = try store.sale(id: quote.saleId) else { throw QuoteError(.notFound, "quote \(quote.number) has no sale", value: quote.number) }
        return sale
    }

    static func saleType(_ store: any StorageReader, of sale: Sale) throws -> SaleType {
        guard let saleType = try store.saleType(id: sale.saleTypeId) else { throw QuoteError(.notFound, "sale \(sale.number) has no sale type", value: sale.number) }
        return saleType
    }

    /// The active (latest) version of `quote`.
    static func activeVersion(_ store: any StorageReader, of quote: Quote) throws -> QuoteVersion {
        guard let version = try store.versions(of: quote).last else {
            throw QuoteError(.invalid, "quote '\(quote.number)' has no version", value: quote.number, quote: quote.number)
        }
        return version
    }

    /// Records a version's move from `from` to its present state, when it moved.
    static func recordStateChange(_ store: any StorageWriter, from: VersionState?, version: QuoteVersion, by associate: Associate, at: Date, note: String) throws {
        guard from != version.state, let versionId = version.id, let associateId = associate.id else { return }
        try store.append(StateChange(quoteVersionId: versionId, from: from, to: version.state, associateId: associateId, at: at, note: note))
    }

    /// One activity with its documents, read back in the transaction that recorded it.
    static func activityRecord(_ store: any StorageReader, id: Int64) throws -> ActivityRecord {
        guard let record = try store.activities(ActivityFilter(id: id)).first else { throw QuoteError(.notFound, "no activity \(id)", value: "\(id)") }
        return record
    }
}
