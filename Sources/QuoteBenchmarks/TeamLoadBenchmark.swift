import Foundation
import PostgresStore
import QuoteDocuments
import QuoteModel
import QuoteStore
import QuoteWorkflow
import StorageInterface
import Synchronization
import TemplateEngine

/// A sales team on one database: `clients` salespeople at once, each in a loop for `seconds`
/// creating a sale and its quote, adding three lines and sending it, as the workflow does for
/// `quotedoc sale add`, `quote new`, `line add` and `send`, each use case in its own
/// transaction. Prints the throughput, each use case's median and 99th-percentile latency, the
/// conflicts reported (a use case refused because another changed the same data first) and
/// every other error (there should be none), then checks the audit trail.
enum TeamLoadBenchmark {
    static func run(database: String, clients: Int, seconds: Int, templates: URL, output: URL) throws {
        let environment = ProcessInfo.processInfo.environment
        let storage: any QuoteStorage = switch try DatabaseLocation(database, environment: environment) {
        case .sqlite(let path): try QuoteDatabase.open(at: path)
        case .postgres(let server): try PostgresQuoteStore.open(server)
        }
        let renderer = DocumentRenderer(library: try TemplateLibrary(folder: templates))
        let outputs = DocumentOutput(renderer: renderer, writer: DocumentWriter(outputFolder: output))
        let workflow = QuoteWorkflow(storage: storage)
        let catalogue = try workflow.products(priceListName: "Northwind").filter(\.inAssortment)
        let companies = try workflow.companies()
        let associates = try workflow.associates()
        guard !catalogue.isEmpty, !companies.isEmpty, !associates.isEmpty else {
            throw QuoteError(.notApplicable, "the team load runs on the Northwind demo: quotedoc init --demo --database …")
        }
        let run = String(UUID().uuidString.prefix(6))
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let today = LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        let latencies = Mutex<[String: [Double]]>([:])
        let conflicts = Atomic<Int>(0)
        let errors = Mutex<[String]>([])
        let sent = Atomic<Int>(0)
        let deadline = ContinuousClock.now + .seconds(seconds)
        let started = ContinuousClock.now

        // One thread per client, all at once (concurrentPerform would run only as many as cores).
        let finished = DispatchGroup()
        for client in 0..<clients {
            finished.enter()
            Thread.detachNewThread {
                defer { finished.leave() }
                var round = 0
                let owner = associates[client % associates.count]
                while ContinuousClock.now < deadline {
                    round += 1
                    let number = "L\(run)-\(client)-\(round)"
                    let company = companies[(client * 7 + round) % companies.count]
                    let acting = QuoteWorkflow.Acting(user: owner.userName, today: today, now: Date())
                    func timed(_ name: String, _ body: () throws -> Void) -> Bool {
                        let start = ContinuousClock.now
                        do {
                            try body()
                            let elapsed = ContinuousClock.now - start
                            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
                            latencies.withLock { $0[name, default: []].append(milliseconds) }
                            return true
                        } catch let error as QuoteError where error.code == .versionChanged || error.code == .notEditable {
                            conflicts.wrappingAdd(1, ordering: .relaxed)
                        } catch {
                            errors.withLock { $0.append("\(name) \(number): \(error)") }
                        }
                        return false
                    }
                    guard timed("sale add", {
                        _ = try workflow.addSale(
                            number: number, title: "Team load \(number)", ownerUserName: owner.userName, companyCode: company.code, personId: nil,
                            saleTypeName: "Standard", currency: .usd, date: today)
                    }), timed("quote new", { _ = try workflow.createQuote(saleNumber: number, acting: acting) }) else { continue }
                    var added = true
                    for line in 0..<3 where added {
                        let product = catalogue[(client * 13 + round * 3 + line) % catalogue.count]
                        added = timed("line add") {
                            _ = try workflow.edit(quoteNumber: number, acting: acting) { version, _ in
                                version.appendLine(QuoteLine(copying: product, alternativeId: 0, rank: 0, quantity: ExactDecimal(1 + line)), to: 0)
                            }
                        }
                    }
                    guard added else { continue }
                    if timed("send", { _ = try workflow.send(quoteNumber: number, options: .init(acting: acting), output: outputs) }) {
                        sent.wrappingAdd(1, ordering: .relaxed)
                    }
                }
            }
        }
        finished.wait()
        let elapsed = ContinuousClock.now - started
        let total = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("team load on \(try DatabaseLocation(database, environment: environment)): \(clients) clients for \(String(format: "%.1f", total)) s")
        print("quotes created, edited (3 lines) and sent: \(sent.load(ordering: .relaxed)) (\(String(format: "%.1f", Double(sent.load(ordering: .relaxed)) / total))/s)")
        for (name, values) in latencies.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            let sorted = values.sorted()
            func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
            print("  \(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%6d", sorted.count)) calls  p50 \(String(format: "%7.1f", percentile(0.5))) ms  p99 \(String(format: "%7.1f", percentile(0.99))) ms")
        }
        let failures = errors.withLock { $0 }
        print("conflicts reported: \(conflicts.load(ordering: .relaxed)); other errors: \(failures.count)")
        for failure in failures.prefix(10) { print("  \(failure)") }
        let trail = try storage.verifyAuditTrail(noted: [])
        print("audit trail: \(trail.problems.isEmpty ? "clean" : "\(trail.problems.count) problems")")
        if !failures.isEmpty || !trail.problems.isEmpty { exit(1) }
    }
}
