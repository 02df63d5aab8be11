import Foundation
import QuoteModel
import StorageInterface
import Synchronization
import TemplateEngine
#if canImport(Glibc)
import Glibc
#endif

/// Renders order confirmations in bulk: reads the quotes page by page, renders each page on
/// several threads, writes every file atomically, then — once the page is on disk — archives it
/// in one database transaction and appends it to the run's manifest. The next two pages are read
/// and the previous one committed while a page renders, so memory holds about four pages,
/// whatever the number of quotes. A quote that fails is recorded with its reason and the run
/// goes on; a run killed at any point can be resumed from its manifest.
public struct ConfirmationBatch: Sendable {
    public let storage: any QuoteStorage
    public let renderer: DocumentRenderer
    public let writer: DocumentWriter

    /// Quotes read and rendered together.
    public static let pageSize = 256

    /// Pages read while the current one renders.
    static let pagesReadAhead = 2

    /// The manifest's culture when the run names none: each quote's sale type's, else the settings'.
    public static let defaultCultures = "sale type's default, else the settings'"

    public init(storage: any QuoteStorage, renderer: DocumentRenderer, writer: DocumentWriter) {
        self.storage = storage
        self.renderer = renderer
        self.writer = writer
    }

    /// What to do.
    public struct Options: Sendable {
        public var selection: OrderSelection
        public var formats: [DocumentFormat]
        /// The culture of every confirmation; nil for each quote's sale type's default culture, else
        /// the settings' default, else en-US.
        public var culture: String?
        public var jobs: Int
        /// The run to resume, or nil for a new run.
        public var resume: String?

        public init(selection: OrderSelection, formats: [DocumentFormat] = [.html, .xml], culture: String? = nil, jobs: Int, resume: String? = nil) {
            self.selection = selection
            self.formats = formats
            self.culture = culture
            self.jobs = jobs
            self.resume = resume
        }
    }

    /// How far a run has come.
    public struct Progress: Sendable {
        public let done: Int
        public let total: Int
        public let failed: Int
        public let bytes: Int
    }

    /// What a run did.
    public struct Summary: Sendable, Codable {
        public let run: String
        public let manifest: String
        public let total: Int
        public let rendered: Int
        public let skipped: Int
        public let failed: Int
        /// The first failures with their reasons (all of them are in the manifest).
        public let failures: [Failure]
        public let bytes: Int
        public let activitiesRecorded: Int
        public let documentsArchived: Int
        public let seconds: Double
    }

    /// A quote the run could not render, and why.
    public struct Failure: Sendable, Codable, Hashable {
        public let quote: String
        public let reason: String
    }

    /// How many failures a summary lists.
    public static let listedFailures = 20

    /// Runs the batch; `progress` is called after each page.
    public func run(_ options: Options, now: Date = Date(), progress: (Progress) -> Void = { _ in }) throws -> Summary {
        let clock = ContinuousClock()
        let started = clock.now
        let numbers = try storage.orderedQuoteNumbers(options.selection)
        let run: String
        let done: [String: BatchEntry]
        if let resume = options.resume {
            run = resume
            done = try BatchManifest.read(BatchManifest.url(run: resume, outputFolder: writer.outputFolder)).entries.filter { $0.value.status == .ok }
        } else {
            run = Self.newRunID(now: now)
            done = [:]
        }
        let manifest = try BatchManifest(
            url: BatchManifest.url(run: run, outputFolder: writer.outputFolder),
            header: BatchHeader(run: run, started: ISO8601DateFormatter().string(from: now), formats: options.formats.map(\.rawValue),
                                culture: options.culture ?? Self.defaultCultures, quotes: numbers.count))
        try prepareTemplates(formats: options.formats, culture: options.culture)

        var rendered = 0, skipped = 0, failed = 0, bytes = 0, activities = 0, documents = 0
        var failures: [Failure] = []
        let pages = stride(from: 0, to: numbers.count, by: Self.pageSize).map { Array(numbers[$0..<min($0 + Self.pageSize, numbers.count)]) }
        let reading = WorkerThread(name: "quotedoc batch reading")
        let committing = WorkerThread(name: "quotedoc batch committing")
        defer {
            reading.stop()
            committing.stop()
        }
        // On another thread: which quotes of a page still need a confirmation (on a resumed run,
        // those whose files are not all there with their hashes), and what they need read.
        let load = { (page: [String]) in
            BackgroundWork(on: reading) {
                let pending = page.filter { number in
                    guard let entry = done[number] else { return true }
                    return !Self.filesIntact(entry.files)
                }
                return try self.loadPage(pending, formats: options.formats)
            }
        }
        // While a page renders, the next ones are read and the previous one is archived and
        // recorded. Reading runs two pages ahead, so that the rendering threads never wait for a
        // page while the reading thread shares the cores with them.
        var ahead = pages.prefix(Self.pagesReadAhead).map(load)
        var commit: BackgroundWork<(activities: Int, documents: Int)>?
        let collectCommit = {
            guard let counts = try commit?.value() else { return }
            activities += counts.activities
            documents += counts.documents
            commit = nil
        }
        var position = 0
        do {
            for (index, page) in pages.enumerated() {
                let loaded = try ahead.removeFirst().value()
                if index + Self.pagesReadAhead < pages.count { ahead.append(load(pages[index + Self.pagesReadAhead])) }
                skipped += page.count - loaded.numbers.count
                let entries = renderPage(loaded, options: options)
                reading.release(consume loaded)
                try collectCommit()
                commit = BackgroundWork(on: committing) { [storage, outputFolder = writer.outputFolder] in
                    try Self.commit(entries, storage: storage, manifest: manifest, outputFolder: outputFolder, now: now)
                }
                if let outputError = entries.first(where: \.isOutputError)?.entry.error {
                    // The disk is full or the folder cannot be written: every further quote would fail
                    // the same way. Stop with what is done archived and recorded, ready to resume.
                    try collectCommit()
                    throw QuoteError(.output, outputError)
                }
                for entry in entries {
                    if entry.entry.status == .ok {
                        rendered += 1
                    } else {
                        failed += 1
                        if failures.count < Self.listedFailures { failures.append(Failure(quote: entry.entry.quote, reason: entry.entry.error ?? "")) }
                    }
                    bytes += entry.entry.files.reduce(0) { $0 + $1.bytes }
                }
                position += page.count
                progress(Progress(done: position, total: numbers.count, failed: failed, bytes: bytes))
            }
            try collectCommit()
        } catch {
            // Let a page being committed finish, so the run stops at a page boundary.
            _ = try? commit?.value()
            throw Self.stopped(error, run: run, manifest: manifest.url)
        }
        let elapsed = clock.now - started
        return Summary(
            run: run, manifest: manifest.url.path, total: numbers.count, rendered: rendered, skipped: skipped, failed: failed,
            failures: failures, bytes: bytes, activitiesRecorded: activities, documentsArchived: documents,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Compiles the confirmation templates of every sale type once, before the threads start (the
    /// library keeps them); one that does not compile fails its quotes, with the reason.
    func prepareTemplates(formats: [DocumentFormat], culture requested: String?) throws {
        if formats.contains(.xml) { UBLSchemas.prepare(for: .orderConfirmation, validation: renderer.validation, manyDocuments: true) }
        let (saleTypes, settings) = try storage.snapshot { store in (try store.saleTypes(), try store.settings()) }
        for saleType in saleTypes {
            let culture = Culture.named(settings.culture(requested: requested, saleType: saleType)) ?? .invariant
            for format in formats {
                _ = try? renderer.library.template(renderer.templateName(.orderConfirmation, format: format, saleType: saleType, culture: culture), culture: culture)
            }
        }
    }

    /// One quote's outcome: its manifest entry and, when it succeeded, what to archive.
    struct Outcome: Sendable {
        let entry: BatchEntry
        let archive: ConfirmationArchive?
        /// The quote failed because the output could not be written, not because of its data.
        var isOutputError = false
    }

    /// What a page needs from the database: the quotes to render, their sources, and the
    /// hashes archived for every file it can write.
    struct LoadedPage: Sendable {
        let numbers: [String]
        let sources: [String: Result<DocumentSource, QuoteError>]
        let archived: [String: Set<String>]
    }

    func loadPage(_ numbers: [String], formats: [DocumentFormat]) throws -> LoadedPage {
        let sources = try loadSources(numbers)
        let paths = sources.values.compactMap { try? $0.get() }.flatMap { source in
            formats.map { format in
                writer.folderPath(forSale: source.detail.sale.number) + "/" + DocumentFileName(
                    quoteNumber: source.detail.quote.number, versionRank: source.detail.version.version.rank,
                    kind: .orderConfirmation, format: format).description
            }
        }
        return LoadedPage(numbers: numbers, sources: sources, archived: try storage.archivedHashes(paths: paths))
    }

    /// Renders and writes one page on `options.jobs` threads; the outcomes keep the page's order.
    func renderPage(_ loaded: LoadedPage, options: Options) -> [Outcome] {
        let numbers = loaded.numbers
        guard !numbers.isEmpty else { return [] }
        let outcomes = Mutex<[Outcome?]>(Array(repeating: nil, count: numbers.count))
        let next = Atomic<Int>(0)
        let jobs = max(1, min(options.jobs, numbers.count))
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < numbers.count else { return }
                let outcome = render(numbers[index], loaded.sources[numbers[index]], archived: loaded.archived, options: options)
                outcomes.withLock { $0[index] = outcome }
            }
        }
        return outcomes.withLock { $0.compactMap { $0 } }
    }

    func render(_ number: String, _ source: Result<DocumentSource, QuoteError>?, archived: [String: Set<String>], options: Options) -> Outcome {
        do {
            guard let source else { throw QuoteError.notFound("quote", number) }
            let loaded = try source.get()
            let documents = try renderer.render(
                loaded.detail, ownCompany: loaded.ownCompany, images: loaded.images, stock: loaded.stock, fields: loaded.fields,
                options: DocumentOptions(
                    kind: .orderConfirmation, culture: loaded.culture(requested: options.culture),
                    issueDate: loaded.detail.quote.orderDate ?? LocalDate(daysSinceEpoch: 0)),
                formats: options.formats)
            let saleNumber = loaded.detail.sale.number
            let written = try writer.withSaleLock(saleNumber) { () throws -> [WrittenDocument] in
                // Finish or remove what a killed run left here, never touching a live one's files.
                let folderNames = try writer.recoverLeftovers(saleNumber: saleNumber) { folder in
                    try storage.snapshot { try $0.documents(inFolder: folder) }
                }
                // An archived confirmation is never overwritten: different bytes (a template or
                // culture changed since) are a re-issue under a name of their own.
                let folder = writer.folderPath(forSale: saleNumber)
                let named = documents.map { document in
                    guard let hashes = archived[folder + "/" + document.fileName], !hashes.contains(document.sha256) else { return document }
                    return document.named(document.reissueName)
                }
                return try writer.writeQuickly(named, saleNumber: saleNumber, folderNames: folderNames)
            }
            let files = written.map { BatchEntry.File(path: $0.path, sha256: $0.document.sha256, bytes: $0.document.bytes.count) }
            let drafts = written.map {
                DocumentDraft(kind: $0.document.kind, format: $0.document.format, path: $0.path, sha256: $0.document.sha256,
                              byteSize: Int64($0.document.bytes.count), templateName: $0.document.templateName,
                              templateHash: $0.document.templateHash, engineVersion: $0.document.engineVersion)
            }
            return Outcome(
                entry: BatchEntry(quote: number, version: loaded.detail.version.version.rank, status: .ok, files: files, error: nil),
                archive: ConfirmationArchive(quoteNumber: number, version: loaded.detail.version.version, sale: loaded.detail.sale, documents: drafts))
        } catch {
            let isOutputError = (error as? QuoteError)?.code == .output
            return Outcome(entry: BatchEntry(quote: number, version: nil, status: .failed, files: [], error: "\(error)"), archive: nil, isOutputError: isOutputError)
        }
    }

    /// The quotes of a page, read in one go; a page with a quote that does not read is read quote
    /// by quote, so that only the broken ones fail.
    func loadSources(_ numbers: [String]) throws -> [String: Result<DocumentSource, QuoteError>] {
        guard !numbers.isEmpty else { return [:] }
        do {
            return try storage.documentSources(quoteNumbers: numbers, alternatives: .favouriteAndAccepted)
        } catch {
            return Dictionary(uniqueKeysWithValues: numbers.map { number in
                (number, Self.source(of: number, in: storage))
            })
        }
    }

    /// One quote's source on its own, a failure carrying the reason.
    static func source(of number: String, in storage: any QuoteStorage) -> Result<DocumentSource, QuoteError> {
        do {
            return .success(try storage.snapshot { store in try store.documentSource(quoteNumber: number, version: nil) })
        } catch let error as QuoteError {
            return .failure(error)
        } catch {
            return .failure(QuoteError(.databaseFailure, "quote \(number): \(error)", quote: number))
        }
    }

    /// Makes a rendered page durable, in the order that keeps a killed run resumable: the files
    /// reach the disk, then the page is archived in one transaction, then it is recorded in the
    /// manifest, which never names a file that is not on disk.
    static func commit(_ entries: [Outcome], storage: any QuoteStorage, manifest: BatchManifest, outputFolder: URL, now: Date) throws -> (activities: Int, documents: Int) {
        syncOutput(outputFolder)
        let archived = try storage.archiveConfirmations(entries.compactMap(\.archive), now: now)
        try manifest.append(entries.map(\.entry))
        return archived
    }

    /// `error`, saying how to go on: the run stopped at a page boundary with everything before
    /// it written, archived and in the manifest. The error's value is the run, to resume.
    static func stopped(_ error: any Error, run: String, manifest: URL) -> any Error {
        guard let error = error as? QuoteError else { return error }
        let next = "The run stopped; what was done is recorded in \(manifest.path). Fix the cause and resume run \(run)."
        return QuoteError(error.code, "\(error.description)\n\(next)", value: run, remedy: .resumeRun(run))
    }

    /// Whether every file of an entry exists with its recorded hash.
    static func filesIntact(_ files: [BatchEntry.File]) -> Bool {
        !files.isEmpty && files.allSatisfy { file in
            guard let data = FileManager.default.contents(atPath: file.path) else { return false }
            return SHA256Digest.hex(data) == file.sha256
        }
    }

    /// Flushes the output's file system, so the manifest never names a file that is not on disk.
    static func syncOutput(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = syncfs(descriptor)
        close(descriptor)
    }

    /// glibc's `syncfs(2)` (Linux 2.6.39+), which the Glibc module does not export: it flushes
    /// one file system, not every disk as `sync()` would.
    @_silgen_name("syncfs")
    private static func syncfs(_ descriptor: Int32) -> Int32

    static func newRunID(now: Date) -> String {
        let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
        return "run-\(stamp)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}
