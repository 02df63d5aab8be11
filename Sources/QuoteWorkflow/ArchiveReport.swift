import Foundation
import QuoteModel
import StorageInterface

/// What `document verify` found: every archived document's file checked against the SHA-256
/// and size recorded when it was archived, and the audit trail's hash chains recomputed.
public struct ArchiveReport: Sendable, Encodable {
    /// What was found for one document.
    public enum Outcome: String, Sendable, Encodable {
        case ok, missing, changed, unreadable
    }

    /// One document checked.
    public struct Check: Sendable, Encodable {
        public let documentId: Int64?
        public let activityId: Int64?
        public let kind: DocumentKind
        public let format: DocumentFormat
        public let path: String
        public let outcome: Outcome
        public let expectedSHA256: String
        public let expectedByteSize: Int64
        public let actualSHA256: String?
        public let actualByteSize: Int64?
        public let problem: String?
    }

    public let documents: Int
    public let failed: Int
    public let checks: [Check]
    /// The hash chains of activities, documents and state changes: what was changed, deleted or
    /// inserted behind the store's back, and the chain heads to note down.
    public let auditTrail: AuditTrailReport

    /// The checks that did not come out ok.
    public var failures: [Check] { checks.filter { $0.outcome != .ok } }

    /// True when every file is in place and the audit trail holds.
    public var isClean: Bool { failed == 0 && auditTrail.isClean }
}
