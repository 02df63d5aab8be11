import Foundation
import QuoteModel
#if canImport(Glibc)
import Glibc
#endif

extension DocumentWriter {
    /// What ``place(_:at:bytes:)`` found at the final name.
    enum Placement: Equatable {
        /// Nothing: the file is there now.
        case placed
        /// The same bytes: the file was written before, and the temporary one is removed.
        case alreadyThere
        /// Other bytes (or something unreadable): nothing was moved, the temporary file stays.
        case occupied
    }

    /// Moves the temporary file at `temporary`, which holds `bytes`, to `final` in the same
    /// folder without ever replacing a file there. Swift's Glibc module does not export
    /// `renameat2(2)` with `RENAME_NOREPLACE`, so the file is linked under its final name with
    /// `link(2)`, which fails with `EEXIST` rather than replace anything, and then its temporary
    /// name is unlinked. A process killed in between leaves both names on one file; a recovery
    /// finds the same bytes in place and removes the temporary name.
    static func place(_ temporary: String, at final: String, bytes: [UInt8]) throws(QuoteError) -> Placement {
        guard link(temporary, final) == 0 else {
            let code = errno
            let name = final.split(separator: "/").last.map(String.init) ?? final
            guard code == EEXIST else {
                throw QuoteError(.output, "cannot move \(name) into place in \(final.dropLast(name.count)): \(String(cString: strerror(code)))")
            }
            guard file(final, holds: bytes) == true else { return .occupied }
            unlink(temporary)
            return .alreadyThere
        }
        unlink(temporary)
        return .placed
    }

    /// Which documents are in `folder` already with their bytes, one flag per document; throws an
    /// ``QuoteError/Code/fileExists`` error for the first whose final name holds other bytes, before anything
    /// is written. With `listed`, the names in the folder read under the sale's lock, a document
    /// whose name is not among them is not looked for.
    func inPlaceAlready(_ documents: [RenderedDocument], inFolder folder: String, listed: [String]? = nil) throws(QuoteError) -> [Bool] {
        try documents.map { document throws(QuoteError) in
            guard listed?.contains(document.fileName) ?? true else { return false }
            let path = folder + "/" + document.fileName
            guard let same = Self.file(path, holds: document.bytes) else { return false }
            guard same else { throw QuoteError.fileExists(path) }
            return true
        }
    }

    /// Whether the file at `path` holds exactly `bytes`: nil when nothing is there, false for
    /// other bytes or anything that cannot be read as a file (a folder, no permission).
    static func file(_ path: String, holds bytes: [UInt8]) -> Bool? {
        if let existing = contents(ofFile: path) { return existing == bytes }
        var status = stat()
        return lstat(path, &status) != 0 && errno == ENOENT ? nil : false
    }

    /// The bytes of the regular file at `path`, or nil when it cannot be read.
    static func contents(ofFile path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            offset += count
        }
        return bytes
    }
}
