import Foundation
import QuoteDocuments
import QuoteModel
import StorageInterface
import QuoteStore
import TemplateEngine

/// Where a batch confirmation's time goes: each step of `quotedoc batch confirmations` timed
/// on its own, on one core, over a page of a database's placed orders (make one with
/// `quotedoc bench generate`): the first 256 synthetic ones (`S000001`…), the quotes the Python
/// yardstick's `render_only.py` renders, else the last page. Nothing is archived; files go to a
/// scratch folder. `only` picks the steps whose name contains it (for a profiler).
enum ConfirmationBenchmark {
    static func run(databasePath: String, outputFolder: String, only: String?) throws {
        let database = try QuoteDatabase.open(at: databasePath)
        let library = try TemplateLibrary(folder: RenderBenchmark.templates)
        let renderer = DocumentRenderer(library: library, validation: .shape)
        let ordered = try database.orderedQuoteNumbers(OrderSelection())
        let synthetic = ordered.filter { $0.hasPrefix("S") }.sorted()
        let numbers = Array(synthetic.isEmpty ? ordered.suffix(ConfirmationBatch.pageSize) : synthetic.prefix(ConfirmationBatch.pageSize))
        let sources = try database.documentSources(quoteNumbers: numbers, alternatives: .favouriteAndAccepted).values.map { try $0.get() }
        let culture = Culture.named("en-US")!
        let labels = try library.labels(for: culture)
        let builder = DocumentContextBuilder(contract: library.contract)
        let html = try library.template("order-confirmation.html", culture: culture)
        let xml = try library.template("order-confirmation.xml", culture: culture)
        let schema = try UBLSchemas.orderResponse()
        let options = { (source: DocumentSource) in
            DocumentOptions(kind: .orderConfirmation, issueDate: source.detail.quote.orderDate ?? LocalDate(daysSinceEpoch: 0))
        }
        let context = { (source: DocumentSource) throws in
            try builder.context(
                for: source.detail, ownCompany: source.ownCompany, options: options(source), culture: culture, labels: labels,
                images: source.images, stock: source.stock)
        }
        let contexts = try sources.map(context)
        let htmlBytes = contexts.map { html.renderBytes($0, culture: culture) }
        let xmlBytes = contexts.map { xml.renderBytes($0, culture: .invariant) }
        let documents = try sources.map {
            try renderer.render($0.detail, ownCompany: $0.ownCompany, images: $0.images, stock: $0.stock, options: options($0), formats: [.html, .xml])
        }
        let writer = DocumentWriter(outputFolder: URL(fileURLWithPath: outputFolder, isDirectory: true))
        let count = sources.count
        let averageHTML = htmlBytes.reduce(0) { $0 + $1.count } / count, averageXML = xmlBytes.reduce(0) { $0 + $1.count } / count

        print("One confirmation, step by step (\(count) quotes of \(databasePath); \(averageHTML / 1024) KB HTML + \(averageXML / 1024) KB XML each; one core)")
        let floor = SQLiteFloor(sources)
        let scratch = URL(fileURLWithPath: outputFolder, isDirectory: true).appendingPathComponent("fresh", isDirectory: true)
        let emptyScratch = {
            try? FileManager.default.removeItem(at: scratch)
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        }
        let freshWriter = DocumentWriter(outputFolder: scratch)
        let steps: [Step] = [
            Step("read from SQLite (a page, per quote)") { _ = try database.documentSources(quoteNumbers: numbers, alternatives: .favouriteAndAccepted) },
            Step("SQLite alone: the same rows, nothing decoded") { _ = try database.read { db in try floor.step(db) } },
            Step("build the context") {
                for source in sources { _ = try context(source) }
            },
            Step("render HTML") { for context in contexts { _ = html.renderBytes(context, culture: culture) } },
            Step("render XML") { for context in contexts { _ = xml.renderBytes(context, culture: .invariant) } },
            Step("parse + XSD-validate the XML") {
                for bytes in xmlBytes { try schema.validate(bytes, fileName: "order-confirmation.xml", validation: .full) }
            },
            Step("check the XML by its shape") {
                for bytes in xmlBytes { try schema.validate(bytes, fileName: "order-confirmation.xml", validation: .shape) }
            },
            Step("SHA-256 of both") { for index in 0..<count { _ = SHA256Digest.hex(htmlBytes[index]); _ = SHA256Digest.hex(xmlBytes[index]) } },
            Step("all of it (DocumentRenderer.render, by shape)") {
                for source in sources {
                    _ = try renderer.render(
                        source.detail, ownCompany: source.ownCompany, images: source.images, stock: source.stock, options: options(source),
                        formats: [.html, .xml])
                }
            },
            Step("write both files (in place already: compared)") {
                for (source, rendered) in zip(sources, documents) { _ = try writer.writeQuickly(rendered, saleNumber: source.detail.sale.number) }
            },
            Step("write both files (new, as the batch does)", setUp: emptyScratch) {
                for (source, rendered) in zip(sources, documents) {
                    let sale = source.detail.sale.number
                    _ = try freshWriter.withSaleLock(sale) {
                        let names = try freshWriter.recoverLeftovers(saleNumber: sale) { _ in [] }
                        return try freshWriter.writeQuickly(rendered, saleNumber: sale, folderNames: names)
                    }
                }
            },
            Step("write both files: open, write, close alone", setUp: emptyScratch) {
                for (index, rendered) in documents.enumerated() {
                    for document in rendered { try RawWrite.file(scratch.path + "/\(index)-" + document.fileName, document.bytes) }
                }
            },
        ]
        func micros(_ duration: Duration) -> String {
            let (seconds, attoseconds) = (duration / count).components
            return String(format: "%7.1f", Double(seconds) * 1e6 + Double(attoseconds) / 1e12)
        }
        for step in steps where only.map({ step.name.contains($0) }) ?? true {
            let measurement = try Measurement(step.name, setUp: step.setUp, step.body)
            print("  \(step.name.padding(toLength: 48, withPad: " ", startingAt: 0)) \(micros(measurement.median)) µs per quote (best \(micros(measurement.best)))")
        }
        print("  \(schema.validShapeCount) local shapes of valid documents' elements remembered; \(schema.documentsDecidedByShape) documents decided by shape")
    }

    /// One step: its name, what to do untimed before each run, and the run.
    struct Step {
        let name: String
        let setUp: () throws -> Void
        let body: () throws -> Void

        init(_ name: String, setUp: @escaping () throws -> Void = {}, _ body: @escaping () throws -> Void) {
            self.name = name
            self.setUp = setUp
            self.body = body
        }
    }
}
