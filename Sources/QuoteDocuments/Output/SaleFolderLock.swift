import Foundation
import QuoteModel
#if canImport(Glibc)
import Glibc
#endif

extension DocumentWriter {
    /// Runs `body` holding an exclusive lock on a sale's output folder (`flock` on the folder
    /// itself, so no lock file is left behind). Sending, ordering, previews and batches take it
    /// from recovering leftovers until their files are in place, so one process never mistakes
    /// another's temporary files for a dead run's. The kernel drops the lock when a process dies.
    public func withSaleLock<T>(_ saleNumber: String, _ body: () throws -> T) throws -> T {
        let descriptor = try lockSaleFolder(saleNumber)
        defer { unlockSaleFolder(descriptor) }
        return try body()
    }

    /// ``withSaleLock(_:_:)`` for a body that waits on something else (an ERP), holding the lock
    /// across the wait so two processes never place one sale's order at once.
    public func withSaleLock<T>(_ saleNumber: String, _ body: () async throws -> T) async throws -> T {
        let descriptor = try lockSaleFolder(saleNumber)
        defer { unlockSaleFolder(descriptor) }
        return try await body()
    }

    /// The open, exclusively locked descriptor of the sale's folder.
    private func lockSaleFolder(_ saleNumber: String) throws -> Int32 {
        let folder = folderPath(forSale: saleNumber)
        try createFolder(folder)
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw QuoteError(.output, "cannot open the output folder \(folder): \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw QuoteError(.output, "cannot lock \(folder): \(String(cString: strerror(errno)))")
            }
        }
        return descriptor
    }

    private func unlockSaleFolder(_ descriptor: Int32) {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

extension DocumentWriter {
    /// Finishes or removes what a killed process left in a sale's folder: a temporary file whose
    /// document the database archived (same final path and hash) is moved into place, or removed
    /// when its final file holds those bytes already; any other is removed. An archived leftover
    /// whose final name holds other bytes is kept and thrown as a ``QuoteError/Code/fileExists``
    /// error. Call it holding the sale's lock. `archivedIn` gives the documents archived directly
    /// in a folder.
    ///
    /// - Returns: the names in the sale's folder, for ``writeQuickly(_:saleNumber:folderNames:)``
    ///   under the same lock; nil when the folder cannot be listed, or had leftovers, which change
    ///   what it holds.
    @discardableResult
    public func recoverLeftovers(saleNumber: String, archivedIn: (String) throws -> [Document]) throws -> [String]? {
        let folder = folderPath(forSale: saleNumber)
        let names = names(inFolder: folder)
        let found = Self.leftovers(amongNames: names ?? [])
        guard !found.isEmpty else { return names }
        let archived = Dictionary(try archivedIn(folder).map { ($0.path, $0.sha256) }) { first, _ in first }
        let folderURL = URL(fileURLWithPath: folder, isDirectory: true)
        try recover(found.map { folderURL.appendingPathComponent($0) }) { finalURL, sha256 in archived[finalURL.path] == sha256 }
        return nil
    }
}
