import Foundation
import QuoteModel
#if canImport(Glibc)
import Glibc
#endif

/// A document written to a temporary file next to its final name, not yet visible there.
public struct StagedDocument: Sendable, Hashable {
    public let document: RenderedDocument
    /// Where the file will be once committed.
    public let finalURL: URL
    let temporaryURL: URL
}

/// A document written to its final place.
public struct WrittenDocument: Sendable, Hashable {
    public let document: RenderedDocument
    /// The file's absolute, standardized path.
    public let path: String

    public var url: URL { URL(fileURLWithPath: path, isDirectory: false) }
}

/// Writes documents under an output folder, one folder per sale (`Output/10248/`), so that a
/// file is either absent or complete: each is written to a temporary name in the same folder,
/// flushed to disk, and only then moved into place. A file is never replaced: a final name that
/// holds the same bytes already counts as written, one that holds other bytes is an
/// ``QuoteError/Code/fileExists`` error (see ``place(_:at:bytes:)``).
public struct DocumentWriter: Sendable {
    /// The prefix of temporary files; leftovers from a killed process carry it.
    public static let temporaryPrefix = ".quotedoc-tmp-"

    /// The output folder, standardized (every path under it is then standardized too: the
    /// components added below it are safe names, never `.` or `..`).
    public let outputFolder: URL
    /// `outputFolder`'s path.
    let outputPath: String

    public init(outputFolder: URL) {
        self.outputFolder = outputFolder.standardizedFileURL
        outputPath = self.outputFolder.path
    }

    /// The folder of a sale's documents (its number, made safe as a folder name).
    public func folder(forSale saleNumber: String) -> URL {
        URL(fileURLWithPath: folderPath(forSale: saleNumber), isDirectory: true)
    }

    /// The path of a sale's folder (its number as a ``PathComponent``): plain string work, for
    /// code that runs once per document.
    public func folderPath(forSale saleNumber: String) -> String {
        (outputPath.hasSuffix("/") ? outputPath : outputPath + "/") + PathComponent(saleNumber).description
    }

    /// Creates a sale's folder unless it exists (the output folder too, when missing).
    func createFolder(_ path: String) throws(QuoteError) {
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw QuoteError(.output, "cannot create the output folder \(path): \(Self.reason(error))")
        }
    }

    /// A name for a temporary file beside `fileName`, unique to this write
    /// (`.quotedoc-tmp-<36-character token>-<fileName>`).
    static func temporaryName(for fileName: String) -> String {
        "\(temporaryPrefix)\(TemporaryFileToken.next())-\(fileName)"
    }

    /// Writes and commits `documents`; on an error, no temporary file is left behind.
    @discardableResult
    public func write(_ documents: [RenderedDocument], saleNumber: String) throws -> [WrittenDocument] {
        let staged = try stage(documents, saleNumber: saleNumber)
        do {
            return try commit(staged)
        } catch {
            discard(staged)
            throw error
        }
    }

    /// Writes previews: a file an earlier preview left under a final name (one `isArchived` says
    /// is no archived document) is replaced, since a preview is no document of record; any other
    /// file in the way is never replaced (a ``QuoteError/Code/fileExists`` error). Call it holding
    /// the sale's lock.
    @discardableResult
    public func writePreview(_ documents: [RenderedDocument], saleNumber: String, isArchived: (String) -> Bool) throws -> [WrittenDocument] {
        let folder = folderPath(forSale: saleNumber)
        for document in documents {
            let path = folder + "/" + document.fileName
            if Self.file(path, holds: document.bytes) == false, !isArchived(path) { unlink(path) }
        }
        return try write(documents, saleNumber: saleNumber)
    }

    /// Writes each document to a temporary name and moves it into place, without waiting for
    /// the disk after each file: a killed process leaves either the complete file or a temporary
    /// one; the caller flushes the whole output (``ConfirmationBatch`` does, page by page).
    /// A final name holding other bytes is an ``QuoteError/Code/fileExists`` error before anything is written;
    /// a document whose bytes are in place already (a re-run, a resume) is not written again.
    ///
    /// - Parameter folderNames: the names in the sale's folder, listed under the sale's lock
    ///   (``recoverLeftovers(saleNumber:archivedIn:)`` returns them); only a document whose name
    ///   is among them can be in place, so the others are not looked for. Nil: look for each.
    public func writeQuickly(_ documents: [RenderedDocument], saleNumber: String, folderNames: [String]? = nil) throws -> [WrittenDocument] {
        let folder = folderPath(forSale: saleNumber)
        try createFolder(folder)
        let inPlace = try inPlaceAlready(documents, inFolder: folder, listed: folderNames)
        var written: [WrittenDocument] = []
        for (document, isInPlace) in zip(documents, inPlace) {
            let final = folder + "/" + document.fileName
            if isInPlace {
                written.append(WrittenDocument(document: document, path: final))
                continue
            }
            let temporary = folder + "/" + Self.temporaryName(for: document.fileName)
            do {
                try Self.writeDurably(document.bytes, to: temporary, flush: false)
            } catch {
                unlink(temporary)
                throw QuoteError(.output, "cannot write \(final): \(error.description)")
            }
            let placement: Placement
            do {
                placement = try Self.place(temporary, at: final, bytes: document.bytes)
            } catch {
                unlink(temporary)
                throw error
            }
            guard placement != .occupied else {
                unlink(temporary)
                throw QuoteError.fileExists(final)
            }
            written.append(WrittenDocument(document: document, path: final))
        }
        return written
    }

    /// Writes `documents` to temporary files beside their final names and flushes them to disk.
    /// A final name that holds other bytes is an ``QuoteError/Code/fileExists`` error and nothing is written; on
    /// any other error, the temporary files already written are removed.
    public func stage(_ documents: [RenderedDocument], saleNumber: String) throws -> [StagedDocument] {
        let folder = folderPath(forSale: saleNumber)
        try createFolder(folder)
        _ = try inPlaceAlready(documents, inFolder: folder)
        var staged: [StagedDocument] = []
        for document in documents {
            let temporary = folder + "/" + Self.temporaryName(for: document.fileName)
            do {
                try Self.writeDurably(document.bytes, to: temporary)
            } catch {
                discard(staged)
                unlink(temporary)
                throw QuoteError(.output, "cannot write \(folder)/\(document.fileName): \(error.description); nothing was written")
            }
            staged.append(StagedDocument(
                document: document, finalURL: URL(fileURLWithPath: folder + "/" + document.fileName, isDirectory: false),
                temporaryURL: URL(fileURLWithPath: temporary, isDirectory: false)))
        }
        return staged
    }

    /// Moves staged files to their final names, never replacing a file (one with the same bytes
    /// counts as written); `afterEach` runs after each. On an error the files not yet in place
    /// stay staged, so that a recovery can finish what the database recorded.
    public func commit(_ staged: [StagedDocument], afterEach: (Int) -> Void = { _ in }) throws -> [WrittenDocument] {
        var written: [WrittenDocument] = []
        for (index, file) in staged.enumerated() {
            guard try Self.place(file.temporaryURL.path, at: file.finalURL.path, bytes: file.document.bytes) != .occupied else {
                throw QuoteError.fileExists(file.finalURL.path)
            }
            written.append(WrittenDocument(document: file.document, path: file.finalURL.path))
            afterEach(index)
        }
        if let folder = staged.first?.finalURL.deletingLastPathComponent() { Self.syncFolder(folder.path) }
        return written
    }

    /// Removes staged files that will not be committed.
    public func discard(_ staged: [StagedDocument]) {
        for file in staged { try? FileManager.default.removeItem(at: file.temporaryURL) }
    }

    /// The temporary files a killed process left in `folder`.
    public func leftovers(in folder: URL) -> [URL] {
        leftoverNames(inFolder: folder.path).map { folder.appendingPathComponent($0) }
    }

    /// The names of the temporary files in the folder at `path`, sorted; none when it cannot be read.
    func leftoverNames(inFolder path: String) -> [String] {
        Self.leftovers(amongNames: names(inFolder: path) ?? [])
    }

    /// Which of `names` are temporary files' names.
    static func leftovers(amongNames names: [String]) -> [String] {
        names.filter { $0.utf8.count > temporaryPrefix.utf8.count && $0.utf8.starts(with: temporaryPrefix.utf8) }
    }

    /// The names in the folder at `path` (not `.` and `..`), sorted: none when there is no such
    /// folder, nil when it cannot be read. This runs for every document a batch writes, so the
    /// entries are read with `getdents64(2)` into a buffer on the stack (1 KB, the most Swift
    /// keeps off the heap; a folder of a few documents fits in one read): `opendir` would
    /// allocate 32 KB each time.
    func names(inFolder path: String) -> [String]? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno == ENOENT ? [] : nil }
        defer { close(descriptor) }
        var names: [String] = []
        let complete = withUnsafeTemporaryAllocation(byteCount: 1024, alignment: 8) { buffer in
            while true {
                let count = Self.getdents64(descriptor, buffer.baseAddress!, buffer.count)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return count == 0 }
                // Each record: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), then the
                // name, NUL-terminated and padded to d_reclen.
                var offset = 0
                while offset < count {
                    let record = UnsafeRawBufferPointer(rebasing: buffer[offset..<count])
                    let length = Int(record.loadUnaligned(fromByteOffset: 16, as: UInt16.self))
                    let name = record[19..<length].prefix { $0 != 0 }
                    if !name.elementsEqual(".".utf8) && !name.elementsEqual("..".utf8) {
                        names.append(String(decoding: name, as: UTF8.self))
                    }
                    offset += length
                }
            }
        }
        return complete ? names.sorted() : nil
    }

    /// glibc's `getdents64(2)` wrapper (2.30+), which the Glibc module does not export.
    @_silgen_name("getdents64")
    private static func getdents64(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int

    /// The final name a temporary file was meant to get (`.quotedoc-tmp-<uuid>-<name>` → `<name>`).
    public func finalURL(ofLeftover url: URL) -> URL? {
        let name = url.lastPathComponent
        guard name.hasPrefix(Self.temporaryPrefix) else { return nil }
        let rest = name.dropFirst(Self.temporaryPrefix.count)
        guard rest.count > 37, rest[rest.index(rest.startIndex, offsetBy: 36)] == "-" else { return nil }
        return url.deletingLastPathComponent().appendingPathComponent(String(rest.dropFirst(37)))
    }

    /// Moves into place each leftover that `keep` accepts (given its final URL and SHA-256) and
    /// removes every other one. A kept leftover whose final name holds the same bytes already is
    /// removed; one whose final name holds other bytes stays, nothing is replaced, and once every
    /// leftover was seen the first such path is thrown as an ``QuoteError/Code/fileExists`` error (or the first
    /// failure to move a file, as a ``QuoteError``).
    public func recover(_ leftovers: [URL], keep: (URL, String) -> Bool) throws {
        var failure: (any Error)?
        for leftover in leftovers {
            guard let final = finalURL(ofLeftover: leftover), let bytes = Self.contents(ofFile: leftover.path),
                  keep(final, SHA256Digest.hex(bytes)) else {
                unlink(leftover.path)
                continue
            }
            do {
                switch try Self.place(leftover.path, at: final.path, bytes: bytes) {
                case .placed: Self.syncFolder(final.deletingLastPathComponent().path)
                case .alreadyThere: break
                case .occupied: failure = failure ?? QuoteError.fileExists(final.path)
                }
            } catch {
                failure = failure ?? error
            }
        }
        if let failure { throw failure }
    }

    struct WriteError: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes all bytes to a new file and (unless told not to) flushes them to the disk.
    static func writeDurably(_ bytes: [UInt8], to path: String, flush: Bool = true) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(description: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw WriteError(description: String(cString: strerror(errno)))
            }
            offset += count
        }
        guard !flush || fsync(descriptor) == 0 else { throw WriteError(description: String(cString: strerror(errno))) }
    }

    /// Flushes a folder's entries (the files moved into place) to the disk.
    static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
