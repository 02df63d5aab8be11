import Foundation
import QuoteModel

/// One line of a batch manifest: what happened to one quote.
public struct BatchEntry: Codable, Sendable, Hashable {
    /// One written file.
    public struct File: Codable, Sendable, Hashable {
        public let path: String
        public let sha256: String
        public let bytes: Int
    }

    public let quote: String
    public let version: Int?
    public let status: Status
    public let files: [File]
    public let error: String?

    public enum Status: String, Codable, Sendable {
        case ok
        case failed
    }
}

/// The first line of a manifest: the run and what it was asked to do.
public struct BatchHeader: Codable, Sendable, Hashable {
    public let run: String
    public let started: String
    public let formats: [String]
    public let culture: String
    public let quotes: Int
}

/// A batch run's manifest, `<out>/batches/<run>.jsonl`: a header line, then one JSON line per
/// quote, appended and flushed to disk page by page as the run goes, so an interrupted run can
/// be resumed from it.
public final class BatchManifest: Sendable {
    public let url: URL
    private let handle: FileHandle

    /// The manifest of run `run` under `outputFolder`.
    public static func url(run: String, outputFolder: URL) -> URL {
        outputFolder.appendingPathComponent("batches", isDirectory: true).appendingPathComponent("\(run).jsonl")
    }

    /// Opens the manifest for appending, creating it (and writing `header`) when new.
    public init(url: URL, header: BatchHeader?) throws(QuoteError) {
        self.url = url
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: url.path) {
                guard let header else { throw QuoteError(.output, "no manifest at \(url.path): is the run id right?") }
                var line = try JSONEncoder.manifest.encode(header)
                line.append(0x0A)
                guard FileManager.default.createFile(atPath: url.path, contents: line) else {
                    throw QuoteError(.output, "cannot create the manifest \(url.path)")
                }
            }
            handle = try FileHandle(forUpdating: url)
            try Self.dropCutLine(url, handle)
            try handle.seekToEnd()
        } catch let error as QuoteError {
            throw error
        } catch {
            throw QuoteError(.output, "cannot open the manifest \(url.path): \(error.localizedDescription)")
        }
    }

    /// Removes a last line cut short (a process killed while appending, a full disk), so that
    /// what is appended next starts a line of its own instead of joining the broken one.
    /// Only the last byte is read unless the line is cut.
    private static func dropCutLine(_ url: URL, _ handle: FileHandle) throws {
        let size = try handle.seekToEnd()
        guard size > 0 else { return }
        try handle.seek(toOffset: size - 1)
        guard try handle.read(upToCount: 1) != Data([0x0A]) else { return }
        let data = try Data(contentsOf: url)
        let end = data.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        try handle.truncate(atOffset: UInt64(end))
    }

    deinit {
        try? handle.close()
    }

    /// Appends entries and flushes them to disk.
    public func append(_ entries: [BatchEntry]) throws(QuoteError) {
        guard !entries.isEmpty else { return }
        do {
            var data = Data()
            for entry in entries {
                data.append(try JSONEncoder.manifest.encode(entry))
                data.append(0x0A)
            }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            throw QuoteError(.output, "cannot write the manifest \(url.path): \(error.localizedDescription)")
        }
    }

    /// The header and the last entry of each quote in the manifest at `url`. A line cut short by
    /// a killed process is ignored.
    public static func read(_ url: URL) throws(QuoteError) -> (header: BatchHeader, entries: [String: BatchEntry]) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw QuoteError(.output, "no manifest at \(url.path): is the run id right?")
        }
        let lines = data.split(separator: 0x0A)
        guard let first = lines.first, let header = try? JSONDecoder().decode(BatchHeader.self, from: Data(first)) else {
            throw QuoteError(.output, "\(url.path) is not a quotedoc batch manifest")
        }
        var entries: [String: BatchEntry] = [:]
        for line in lines.dropFirst() {
            if let entry = try? JSONDecoder().decode(BatchEntry.self, from: Data(line)) { entries[entry.quote] = entry }
        }
        return (header, entries)
    }
}

extension JSONEncoder {
    /// Compact, sorted keys: one stable line per entry.
    static var manifest: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
