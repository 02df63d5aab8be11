import Crypto
import Foundation

/// A schema's shape rules and the local shapes of documents it found valid, kept in a file
/// between runs, so that a later process decides a document made of known shapes without
/// compiling the schema (about 60 ms) or reading the rules from its files (about 40 ms).
///
/// The file names what it was made from: this program's executable and every schema file, each
/// by path, size and modification time. It is used only while all of them are unchanged (a
/// rebuilt program or a changed schema starts afresh) and its SHA-256 trailer matches its
/// contents; a file failing either check is ignored, and replaced at the next write. It is
/// written to a temporary file renamed into place, so a reader never sees half of one.
struct KeptShapes: Equatable {
    let rules: ShapeRules
    let shapes: [[UInt8]]

    private static let magic = Array("quotedoc kept shapes 1\n".utf8)
    private static let noType: UInt8 = 0xFF

    /// The file of the schema whose main file is `mainFile`, in `folder`: one per schema and
    /// installation, so that two installations sharing a folder do not overwrite each other's.
    static func url(in folder: URL, mainFile: String) -> URL {
        let name = URL(fileURLWithPath: mainFile).deletingPathExtension().lastPathComponent
        let installation = SHA256.hash(data: Array(mainFile.utf8)).prefix(4).map { String(format: "%02x", $0) }.joined()
        return folder.appendingPathComponent("\(name)-\(installation).shapes")
    }

    /// What the file at `url` keeps for the schema at `mainFile`, or `nil` when there is no such
    /// file or it no longer matches the program and the schema's files.
    static func read(from url: URL, mainFile: String) -> KeptShapes? {
        guard let data = try? Data(contentsOf: url), data.count > magic.count + 32 else { return nil }
        let bytes = Array(data)
        let body = bytes[..<(bytes.count - 32)]
        guard bytes.starts(with: magic), Array(SHA256.hash(data: body)) == Array(bytes.suffix(32)) else { return nil }
        var reader = ByteReader(bytes: Array(body.dropFirst(magic.count)))
        guard let kept = try? decode(&reader), reader.isAtEnd, kept.rules.files.first == mainFile else { return nil }
        return kept
    }

    /// Writes `rules` and `shapes` to `url`, creating its folder; returns whether it could.
    @discardableResult
    static func write(rules: ShapeRules, shapes: [[UInt8]], to url: URL) -> Bool {
        guard let stamps = stamp(of: rules.files) else { return false }
        var writer = ByteWriter()
        writer.append(magic)
        writer.append(stamps[0])
        writer.append(count: rules.files.count)
        for (file, stamp) in zip(rules.files, stamps.dropFirst()) {
            writer.append(sized: Array(file.utf8))
            writer.append(stamp)
        }
        writer.append(count: rules.namespaces.count)
        for namespace in rules.namespaces.sorted(by: { $0.lexicographicallyPrecedes($1) }) { writer.append(sized: namespace) }
        let keys = rules.elementNumbers.sorted { $0.value < $1.value }.map(\.key)
        guard keys.count == rules.elementTypes.count else { return false }
        writer.append(count: keys.count)
        for (key, types) in zip(keys, rules.elementTypes) {
            writer.append(sized: key)
            writer.append(byte: types.text.map { UInt8($0.rawValue) } ?? noType)
            writer.append(byte: types.hasWildcard ? 1 : 0)
            writer.append(count: types.attributes.count)
            for attribute in types.attributes {
                writer.append(sized: attribute.name)
                writer.append(byte: attribute.type.map { UInt8($0.rawValue) } ?? noType)
            }
        }
        writer.append(count: shapes.count)
        for shape in shapes { writer.append(sized: shape) }
        writer.append(Array(SHA256.hash(data: writer.bytes)))
        let manager = FileManager.default
        let temporary = url.deletingLastPathComponent().appendingPathComponent(temporaryPrefix(of: url) + UUID().uuidString)
        do {
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(writer.bytes).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
            removeAbandonedTemporaries(of: url)
            return true
        } catch {
            try? manager.removeItem(at: temporary)
            return false
        }
    }

    /// The start of the name of every temporary file a write of `url` makes beside it.
    static func temporaryPrefix(of url: URL) -> String {
        ".\(url.lastPathComponent)-"
    }

    /// How old a temporary file of a write must be to count as abandoned: a write takes
    /// milliseconds, so an older one was left by a process stopped between writing and renaming.
    static let abandonedAge: TimeInterval = 600

    /// Removes the temporary files of writes of `url` that a stopped process left behind, leaving
    /// those of writes that may still be under way.
    private static func removeAbandonedTemporaries(of url: URL) {
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent()
        let prefix = temporaryPrefix(of: url)
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let path = folder.appendingPathComponent(name).path
            guard let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                Date().timeIntervalSince(modified) > abandonedAge else { continue }
            try? manager.removeItem(atPath: path)
        }
    }

    private static func decode(_ reader: inout ByteReader) throws -> KeptShapes {
        var files: [String] = []
        var stamps = [try reader.stamp()]
        for _ in 0..<(try reader.count()) {
            files.append(String(decoding: try reader.sized(), as: UTF8.self))
            stamps.append(try reader.stamp())
        }
        guard let current = stamp(of: files), current == stamps else { throw ByteReader.Mismatch() }
        var namespaces: Set<[UInt8]> = []
        for _ in 0..<(try reader.count()) { namespaces.insert(try reader.sized()) }
        var elements: [(key: [UInt8], types: ShapeRules.ValueTypes)] = []
        for _ in 0..<(try reader.count()) {
            let key = try reader.sized()
            var types = ShapeRules.ValueTypes(text: try builtIn(reader.byte()), attributes: [], hasWildcard: try reader.byte() == 1)
            for _ in 0..<(try reader.count()) {
                types.attributes.append((try reader.sized(), try builtIn(reader.byte())))
            }
            elements.append((key, types))
        }
        var shapes: [[UInt8]] = []
        for _ in 0..<(try reader.count()) { shapes.append(try reader.sized()) }
        return KeptShapes(rules: ShapeRules(files: files, namespaces: namespaces, elements: elements), shapes: shapes)
    }

    private static func builtIn(_ byte: UInt8) throws -> BuiltInType? {
        guard byte != noType else { return nil }
        guard let type = BuiltInType(rawValue: Int(byte)) else { throw ByteReader.Mismatch() }
        return type
    }

    /// The executable's stamp, then each file's; `nil` when one cannot be read.
    private static func stamp(of files: [String]) -> [FileStamp]? {
        guard let executable = Bundle.main.executablePath else { return nil }
        var stamps: [FileStamp] = []
        for path in [executable] + files {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                let size = (attributes[.size] as? NSNumber)?.uint64Value,
                let modified = attributes[.modificationDate] as? Date else { return nil }
            stamps.append(FileStamp(size: size, modified: modified.timeIntervalSince1970.bitPattern))
        }
        return stamps
    }
}

/// A file's size and modification time, as the kept shapes record what they were made from.
private struct FileStamp: Equatable {
    var size: UInt64
    /// The modification time's seconds since 1970, as a `Double`'s bits.
    var modified: UInt64
}

/// Appends the kept shapes' parts: numbers little-endian, byte strings after their length.
private struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ more: [UInt8]) { bytes += more }
    mutating func append(byte: UInt8) { bytes.append(byte) }
    mutating func append(number: UInt64) { withUnsafeBytes(of: number.littleEndian) { bytes += $0 } }
    mutating func append(count: Int) { append(number: UInt64(count)) }

    mutating func append(sized part: [UInt8]) {
        append(count: part.count)
        bytes += part
    }

    mutating func append(_ stamp: FileStamp) {
        append(number: stamp.size)
        append(number: stamp.modified)
    }
}

/// Reads what ``ByteWriter`` wrote, throwing at anything out of bounds.
private struct ByteReader {
    struct Mismatch: Error {}

    let bytes: [UInt8]
    private var index = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { index == bytes.count }

    mutating func byte() throws -> UInt8 {
        guard index < bytes.count else { throw Mismatch() }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func number() throws -> UInt64 {
        guard bytes.count - index >= 8 else { throw Mismatch() }
        var value: UInt64 = 0
        for offset in (0..<8).reversed() { value = value << 8 | UInt64(bytes[index + offset]) }
        index += 8
        return value
    }

    /// A count, at most what the remaining bytes could hold.
    mutating func count() throws -> Int {
        let value = try number()
        guard value <= UInt64(bytes.count - index) else { throw Mismatch() }
        return Int(value)
    }

    mutating func sized() throws -> [UInt8] {
        let length = try count()
        defer { index += length }
        return Array(bytes[index..<(index + length)])
    }

    mutating func stamp() throws -> FileStamp {
        FileStamp(size: try number(), modified: try number())
    }
}
