import Foundation
import QuoteModel
import QuoteStore
import QuoteWorkflow

/// Recalculating through the store: load, price, validate, save, in one transaction.
enum StoreBenchmark {
    static func run(folderArgument: String?) throws {
        var generator = SyntheticQuote(seed: 2026)
        let standard = try generator.version(alternatives: 2, lines: 25)
        let large = try generator.version(alternatives: 1, lines: 1000)
        // The same recalculation through the store: load the version, price, validate, save, update the
        // sale, in one transaction on a WAL database file. Give a folder to measure another disk.
        let folder = folderArgument ?? (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
        let path = (folder as NSString).appendingPathComponent("quotedoc-bench-\(ProcessInfo.processInfo.processIdentifier).sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let database = try QuoteDatabase.create(at: path)
        let owner = try database.add(Associate(userName: "bench", name: "Bench Mark"))
        let company = try database.add(Company(code: "BENCH", name: "Bench Ltd")).company
        let standardType = try database.saleType(named: "Standard")
        let today = LocalDate(year: 2026, month: 11, day: 26)!
        let workflow = QuoteWorkflow(storage: database)
        let acting = QuoteWorkflow.Acting(today: today, now: Date())
        print("Store (load + price + validate + save in one transaction, through the workflow; database in \(folder))")
        for (label, tree) in [("2 alternatives × 25 lines", standard), ("1 alternative × 1,000 lines", large)] {
            let number = "B\(tree.alternatives.count)x\(tree.alternatives[0].lines.count)"
            try database.add(Sale(number: number, title: label, ownerId: owner.id!, companyId: company.id!, saleTypeId: standardType.id!, currency: .usd, date: today))
            _ = try workflow.createQuote(saleNumber: number, acting: acting)
            try workflow.edit(quoteNumber: number, acting: acting) { version, _ in
                version.alternatives[0].lines = []
                for line in tree.alternatives[0].lines { version.appendLine(line, to: 0) }
                for extra in tree.alternatives.dropFirst() {
                    try version.addAlternative(named: extra.alternative.name, allowed: true)
                    for line in extra.lines { version.appendLine(line, to: version.alternatives.count - 1) }
                }
            }
            let measurement = try Measurement("  \(label)") { try workflow.edit(quoteNumber: number, acting: acting, note: "recalculated") { _, _ in } }
            print(measurement.line)
        }
    }
}
