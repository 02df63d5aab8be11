import Foundation
import Synchronization

/// Checking documents against one schema by their shape (``ShapeRules``, ``ShapeScanner``,
/// ``ValidShapes``), apart from the compiled schema: a document whose every local shape was
/// seen in a valid document is decided without it, so it is compiled only for the others.
///
/// The rules are read from the schema's files on first need, or taken from the shapes kept in
/// a folder by an earlier run (``KeptShapes``, once ``keep(in:)`` names the folder), with the
/// shapes of the documents found valid then. A document found valid with new shapes writes the
/// file again — at once the first time in a process, then at most once a second, so that a
/// batch learning shapes does not write it for every document. Only shapes made of names and
/// tokens are kept (``ValidShapes/tokenShapes(byteLimit:)``): no text of a document reaches the
/// file. Shared between threads.
final class SchemaShapes: Sendable {
    /// The schema's main file, as an absolute path without `.` or `..` (as the rules name it).
    let mainFile: String
    /// The rules, once known: `.some(nil)` when the schema does not allow checking by shape.
    private let rules = Mutex<ShapeRules??>(nil)
    private let validShapes = ValidShapes()
    /// Scanners not in use, one per thread that checked at once.
    private let scanners = Mutex<[ShapeScanner]>([])
    private let decided = Atomic<Int>(0)
    /// The folder the shapes are kept in between runs, if any.
    private let folder = Mutex<URL?>(nil)
    /// When this process last wrote the kept shapes.
    private let lastWrite = Mutex<ContinuousClock.Instant?>(nil)
    /// The most bytes of shapes kept in the file, so that reading it stays quick.
    static let keptByteLimit = 1 << 20

    init(mainFile: String) {
        self.mainFile = URL(fileURLWithPath: mainFile).standardizedFileURL.path
    }

    /// Keeps the shapes in `folder` between runs: those kept there are used from the first check
    /// on (when it comes after this call), and new ones are written there.
    func keep(in folder: URL) {
        self.folder.withLock { $0 = folder }
    }

    /// Takes the rules and shapes kept by an earlier run, unless the rules are known already;
    /// returns whether shapes of valid documents are now at hand.
    func loadKept() -> Bool {
        let known = rules.withLock { rules in
            if rules == nil { takeKept(into: &rules) }
            return rules != nil
        }
        return known && validShapes.count > 0
    }

    /// The rules: kept ones, else read from the schema's files (once), else `nil` when the
    /// schema does not allow checking by shape.
    func shapeRules() -> ShapeRules? {
        rules.withLock { rules in
            if let known = rules { return known }
            takeKept(into: &rules)
            if let kept = rules { return kept }
            let read = ShapeRules(schemaAt: mainFile)
            rules = .some(read)
            return read
        }
    }

    /// Sets `rules` to the kept ones, and remembers the kept shapes, when there are any.
    private func takeKept(into rules: inout ShapeRules??) {
        guard let folder = folder.withLock({ $0 }),
            let kept = KeptShapes.read(from: KeptShapes.url(in: folder, mainFile: mainFile), mainFile: mainFile) else { return }
        for shape in kept.shapes { shape.withUnsafeBufferPointer { validShapes.insert($0) } }
        rules = .some(kept.rules)
    }

    /// Decides `bytes` by its shape when every local shape of it was seen valid; else calls
    /// `full`, the full validation (which throws for an invalid document), and remembers, and
    /// keeps, the shapes of a document it finds valid.
    func validate(_ bytes: [UInt8], full: () throws(XMLError) -> Void) throws(XMLError) {
        guard let rules = shapeRules() else { return try full() }
        var scanner = scanners.withLock { $0.popLast() } ?? ShapeScanner(rules: rules)
        defer { scanners.withLock { $0.append(scanner) } }
        let scanned = bytes.withUnsafeBufferPointer { scanner.scan($0) }
        if scanned, validShapes.containsAll(scanner.shapes) {
            decided.add(1, ordering: .relaxed)
            return
        }
        try full()
        if scanned, validShapes.insert(scanner.shapes) { writeKept(rules) }
    }

    /// Writes the shapes to the folder they are kept in, if there is one and a write is due.
    private func writeKept(_ rules: ShapeRules) {
        guard let folder = folder.withLock({ $0 }) else { return }
        let due = lastWrite.withLock { last in
            let now = ContinuousClock.now
            guard last.map({ now - $0 >= .seconds(1) }) ?? true else { return false }
            last = now
            return true
        }
        guard due else { return }
        KeptShapes.write(rules: rules, shapes: validShapes.tokenShapes(byteLimit: Self.keptByteLimit), to: KeptShapes.url(in: folder, mainFile: mainFile))
    }

    /// How many documents were found valid by their shapes, without being parsed.
    var documentsDecided: Int { decided.load(ordering: .relaxed) }

    /// How many local shapes of valid documents' elements are remembered.
    var validShapeCount: Int { validShapes.count }
}
