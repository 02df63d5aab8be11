import Foundation
import QuoteDocuments
import QuoteModel
import StorageInterface

extension QuoteWorkflow {
    /// Checks the archive: first the store itself, then its history (the hash chains of sale
    /// activities, archived documents and state changes; each of `notedHeads`, chain heads noted
    /// down earlier, must still be in its chain), then that every archived document's file exists
    /// with the SHA-256 and size recorded when it was archived. A relative document path is read
    /// from `outputFolder`.
    public func verifyArchive(outputFolder: URL, notedHeads: [AuditChainHead] = []) throws -> ArchiveReport {
        try storage.verifyIntegrity()
        let auditTrail = try storage.verifyAuditTrail(noted: notedHeads)
        let documents = try storage.snapshot { store in try store.documents() }
        let checks = documents.map { Self.check($0, outputFolder: outputFolder) }
        return ArchiveReport(documents: checks.count, failed: checks.filter { $0.outcome != .ok }.count, checks: checks, auditTrail: auditTrail)
    }

    /// Re-hashes one document's file.
    static func check(_ document: Document, outputFolder: URL) -> ArchiveReport.Check {
        let url = document.path.hasPrefix("/")
            ? URL(fileURLWithPath: document.path)
            : outputFolder.appendingPathComponent(document.path)
        func result(_ outcome: ArchiveReport.Outcome, sha256: String? = nil, size: Int64? = nil, problem: String? = nil) -> ArchiveReport.Check {
            ArchiveReport.Check(
                documentId: document.id, activityId: document.activityId, kind: document.kind, format: document.format, path: url.path,
                outcome: outcome, expectedSHA256: document.sha256, expectedByteSize: document.byteSize, actualSHA256: sha256,
                actualByteSize: size, problem: problem)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            return result(.missing, problem: "document \(document.id ?? 0): no file")
        }
        guard let (sha256, size) = SHA256Digest.hex(ofFile: url) else {
            return result(.unreadable, problem: "document \(document.id ?? 0): the file cannot be read")
        }
        guard sha256 == document.sha256.lowercased(), size == document.byteSize else {
            return result(.changed, sha256: sha256, size: size,
                          problem: "document \(document.id ?? 0): sha256 \(sha256), \(size) bytes; archived sha256 \(document.sha256), \(document.byteSize) bytes")
        }
        return result(.ok, sha256: sha256, size: size)
    }
}
