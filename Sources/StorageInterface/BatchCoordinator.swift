import Foundation
import QuoteModel

/// A store that lets confirmation batch workers on several machines share one run: the first
/// worker opens it (its pages of quotes), the others join, each claims pages under a lease, and a
/// page whose worker died or was cut off is claimed again once its lease expires. The PostgreSQL
/// store implements it (claims by `SELECT … FOR UPDATE SKIP LOCKED`).
public protocol BatchCoordinator: Sendable {
    /// Joins the open run; when there is none, opens one over the orders `selection` covers whose
    /// active version has no archived confirmation yet, in pages of `pageSize` quotes. A run
    /// opened with other formats or another culture is joined as it is (its settings win).
    func joinOrOpenRun(_ settings: BatchRunSettings, selection: OrderSelection, pageSize: Int, worker: BatchWorker, now: Date) throws -> BatchRun
    /// Claims the next page of `run` nobody holds (never claimed, or its lease expired) for
    /// `lease`; nil when every page is done or held.
    func claimPage(run: String, worker: BatchWorker, lease: Duration) throws -> BatchClaim?
    /// In one transaction: archives the page's confirmations and marks the page done by
    /// `claim`'s worker. Returns nil, archiving nothing, when the page was claimed again by
    /// another worker after this one's lease expired (or is done already).
    func completePage(_ claim: BatchClaim, archive: [ConfirmationArchive], outcome: BatchPageOutcome, now: Date) throws -> (activities: Int, documents: Int)?
    /// The run `run` (the newest when nil) with its pages by worker; nil when there is none.
    func batchStatus(run: String?) throws -> BatchRunStatus?
}

/// A worker: which process on which machine.
public struct BatchWorker: Sendable, Hashable, Codable {
    public var name: String
    public var host: String

    public init(name: String, host: String) {
        self.name = name
        self.host = host
    }
}

/// How a run renders: the formats and the culture (nil: each quote's default).
public struct BatchRunSettings: Sendable, Hashable, Codable {
    public var formats: [DocumentFormat]
    public var culture: String?

    public init(formats: [DocumentFormat], culture: String?) {
        self.formats = formats
        self.culture = culture
    }
}

/// An open run as a worker joined it.
public struct BatchRun: Sendable, Hashable {
    public var id: String
    public var settings: BatchRunSettings
    public var pages: Int
    public var quotes: Int
    /// True when this worker opened it.
    public var opened: Bool

    public init(id: String, settings: BatchRunSettings, pages: Int, quotes: Int, opened: Bool) {
        self.id = id
        self.settings = settings
        self.pages = pages
        self.quotes = quotes
        self.opened = opened
    }
}

/// A page a worker holds until `leaseExpires`.
public struct BatchClaim: Sendable, Hashable {
    public var run: String
    public var page: Int
    public var quoteNumbers: [String]
    public var worker: BatchWorker
    /// How many times the page was claimed, this claim included (more than 1: a worker before
    /// this one lost it).
    public var attempt: Int

    public init(run: String, page: Int, quoteNumbers: [String], worker: BatchWorker, attempt: Int) {
        self.run = run
        self.page = page
        self.quoteNumbers = quoteNumbers
        self.worker = worker
        self.attempt = attempt
    }
}

/// What a worker made of a page.
public struct BatchPageOutcome: Sendable, Hashable {
    public var rendered: Int
    public var failed: Int
    public var bytes: Int

    public init(rendered: Int, failed: Int, bytes: Int) {
        self.rendered = rendered
        self.failed = failed
        self.bytes = bytes
    }
}

/// A run's progress, for `batch status`.
public struct BatchRunStatus: Sendable, Hashable, Codable {
    public var run: String
    public var started: Date
    public var completed: Date?
    public var settings: BatchRunSettings
    public var quotes: Int
    public var pages: Int
    public var pagesDone: Int
    /// Pages claimed again after the lease of the worker holding them ran out.
    public var pagesTakenOver: Int
    public var workers: [Worker]

    /// One worker's share.
    public struct Worker: Sendable, Hashable, Codable {
        public var worker: BatchWorker
        public var pagesDone: Int
        public var rendered: Int
        public var failed: Int
        public var bytes: Int
        /// The page it holds now and until when, if any.
        public var holding: Int?
        public var leaseExpires: Date?

        public init(worker: BatchWorker, pagesDone: Int, rendered: Int, failed: Int, bytes: Int, holding: Int?, leaseExpires: Date?) {
            self.worker = worker
            self.pagesDone = pagesDone
            self.rendered = rendered
            self.failed = failed
            self.bytes = bytes
            self.holding = holding
            self.leaseExpires = leaseExpires
        }
    }

    public init(
        run: String, started: Date, completed: Date?, settings: BatchRunSettings, quotes: Int, pages: Int, pagesDone: Int, pagesTakenOver: Int,
        workers: [Worker]
    ) {
        self.run = run
        self.started = started
        self.completed = completed
        self.settings = settings
        self.quotes = quotes
        self.pages = pages
        self.pagesDone = pagesDone
        self.pagesTakenOver = pagesTakenOver
        self.workers = workers
    }
}
