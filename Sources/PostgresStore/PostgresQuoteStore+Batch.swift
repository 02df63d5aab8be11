import Foundation
import GRDB
import QuoteModel
import StorageInterface

extension PostgresQuoteStore: BatchCoordinator {
    public func joinOrOpenRun(_ settings: BatchRunSettings, selection: OrderSelection, pageSize: Int, worker: BatchWorker, now: Date) throws -> BatchRun {
        // Under the writer lock: two first workers starting together open one run.
        try writing { connection in
            if let open = try connection.rows("SELECT id, formats, culture, pages, quotes FROM batchRun WHERE completedAt IS NULL").first {
                return BatchRun(
                    id: try open.value("id"), settings: try Self.settings(open), pages: try open.value("pages"), quotes: try open.value("quotes"),
                    opened: false)
            }
            let numbers = try Self.unconfirmedQuotes(selection, connection: connection)
            let pages = stride(from: 0, to: numbers.count, by: max(1, pageSize)).map { Array(numbers[$0..<min($0 + max(1, pageSize), numbers.count)]) }
            let id = Self.runID(now: now)
            try connection.execute(
                "INSERT INTO batchRun (id, startedAt, completedAt, formats, culture, quotes, pages) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                [id, now, pages.isEmpty ? now : nil, settings.formats.map(\.rawValue).joined(separator: ","), settings.culture, numbers.count, pages.count])
            for (index, page) in pages.enumerated() {
                try connection.execute(
                    "INSERT INTO batchPage (runId, page, quoteNumbers) VALUES ($1, $2, $3::text[])", [id, index + 1, PostgresSession.textArray(page)])
            }
            return BatchRun(id: id, settings: settings, pages: pages.count, quotes: numbers.count, opened: true)
        }
    }

    public func claimPage(run: String, worker: BatchWorker, lease: Duration) throws -> BatchClaim? {
        // A short transaction of its own (no writer lock): SKIP LOCKED passes over a page another
        // worker is claiming at this moment instead of waiting for it.
        try inTransaction(["BEGIN"]) { connection in
            let milliseconds = lease.components.seconds * 1000 + lease.components.attoseconds / 1_000_000_000_000_000
            guard let row = try connection.rows("""
                UPDATE batchPage p SET worker = $2, host = $3, leaseExpires = clock_timestamp() + $4::bigint * interval '1 millisecond',
                       attempts = p.attempts + 1
                FROM (SELECT runId, page FROM batchPage
                      WHERE runId = $1 AND doneAt IS NULL AND (leaseExpires IS NULL OR leaseExpires < clock_timestamp())
                      ORDER BY page LIMIT 1 FOR UPDATE SKIP LOCKED) AS next
                WHERE p.runId = next.runId AND p.page = next.page
                RETURNING p.page, p.attempts, array_to_json(p.quoteNumbers)::text AS quoteNumbers
                """, [run, worker.name, worker.host, milliseconds]).first else { return nil }
            let numbers = try JSONDecoder().decode([String].self, from: Data((try row.value("quoteNumbers") as String).utf8))
            return BatchClaim(run: run, page: try row.value("page"), quoteNumbers: numbers, worker: worker, attempt: try row.value("attempts"))
        }
    }

    public func completePage(_ claim: BatchClaim, archive entries: [ConfirmationArchive], outcome: BatchPageOutcome, now: Date) throws -> (activities: Int, documents: Int)? {
        try writing { connection -> (activities: Int, documents: Int)? in
            let marked = try connection.execute("""
                UPDATE batchPage SET doneAt = clock_timestamp(), leaseExpires = NULL, rendered = $6, failed = $7, bytes = $8
                WHERE runId = $1 AND page = $2 AND worker = $3 AND host = $4 AND attempts = $5 AND doneAt IS NULL
                """, [claim.run, claim.page, claim.worker.name, claim.worker.host, claim.attempt, outcome.rendered, outcome.failed, outcome.bytes])
            // Lost: another worker claimed the page after this one's lease ran out.
            guard marked == 1 else { return nil }
            let archived = try Self.archive(entries, connection: connection, now: now)
            try connection.execute("""
                UPDATE batchRun SET completedAt = clock_timestamp()
                WHERE id = $1 AND completedAt IS NULL AND NOT EXISTS (SELECT 1 FROM batchPage WHERE runId = $1 AND doneAt IS NULL)
                """, [claim.run])
            return archived
        }
    }

    public func batchStatus(run: String?) throws -> BatchRunStatus? {
        try reading { connection in
            let condition = run == nil ? "TRUE" : "id = $1"
            guard let found = try connection.rows(
                "SELECT * FROM batchRun WHERE \(condition) ORDER BY startedAt DESC, id DESC LIMIT 1", run.map { [$0] } ?? []).first else { return nil }
            let id: String = try found.value("id")
            let counts = try connection.rows(
                "SELECT count(*) FILTER (WHERE doneAt IS NOT NULL) AS done, count(*) FILTER (WHERE attempts > 1) AS takenOver FROM batchPage WHERE runId = $1", [id])
            let workers = try connection.rows("""
                SELECT worker, host, count(*) FILTER (WHERE doneAt IS NOT NULL) AS pagesDone,
                       coalesce(sum(rendered), 0)::bigint AS rendered, coalesce(sum(failed), 0)::bigint AS failed, coalesce(sum(bytes), 0)::bigint AS bytes,
                       min(page) FILTER (WHERE doneAt IS NULL AND leaseExpires > clock_timestamp()) AS holding,
                       max(leaseExpires) FILTER (WHERE doneAt IS NULL AND leaseExpires > clock_timestamp()) AS leaseExpires
                FROM batchPage WHERE runId = $1 AND worker IS NOT NULL
                GROUP BY worker, host ORDER BY host, worker
                """, [id]).map { row in
                BatchRunStatus.Worker(
                    worker: BatchWorker(name: try row.value("worker"), host: try row.value("host")), pagesDone: try row.value("pagesDone"),
                    rendered: try row.value("rendered"), failed: try row.value("failed"), bytes: try row.value("bytes"),
                    holding: try row.value("holding"), leaseExpires: try row.value("leaseExpires"))
            }
            return BatchRunStatus(
                run: id, started: try found.value("startedAt"), completed: try found.value("completedAt"), settings: try Self.settings(found),
                quotes: try found.value("quotes"), pages: try found.value("pages"), pagesDone: try counts.first?.value("done") ?? 0,
                pagesTakenOver: try counts.first?.value("takenOver") ?? 0, workers: workers)
        }
    }

    /// The quotes with an order placed that `selection` covers and whose active version has no
    /// archived confirmation, in quote order.
    static func unconfirmedQuotes(_ selection: OrderSelection, connection: ServerConnection) throws -> [String] {
        var conditions = ["q.acceptedAlternativeId IS NOT NULL"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let since = selection.since { arguments.append(since); conditions.append("q.orderDate >= $\(arguments.count)") }
        if let until = selection.until { arguments.append(until); conditions.append("q.orderDate <= $\(arguments.count)") }
        let numbers: [String] = try connection.values("""
            SELECT q.number FROM quote q
            JOIN quoteVersion v ON v.quoteId = q.id AND v.rank = (SELECT max(rank) FROM quoteVersion latest WHERE latest.quoteId = q.id)
            WHERE \(conditions.joined(separator: " AND "))
              AND NOT EXISTS (SELECT 1 FROM document d WHERE d.quoteVersionId = v.id AND d.kind = 'orderConfirmation')
            ORDER BY q.id
            """, arguments)
        guard let wanted = selection.quoteNumbers else { return numbers }
        let available = Set(numbers)
        return wanted.filter { available.contains($0) }
    }

    static func settings(_ row: Row) throws -> BatchRunSettings {
        let formats = (try row.value("formats") as String).split(separator: ",").compactMap { DocumentFormat(rawValue: String($0)) }
        return BatchRunSettings(formats: formats, culture: try row.value("culture"))
    }

    static func runID(now: Date) -> String {
        let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
        return "run-\(stamp)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}
