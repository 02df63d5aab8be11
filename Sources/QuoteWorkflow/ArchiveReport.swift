import Foundation
import QuoteModel

/// What `document verify` found: every archived document's file checked against the SHA-256
/// and size recorded when it was archived.
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

    /// The checks that did not come out ok.
    public var failures: [Check] { checks.filter { $0.outcome != .ok } }
}
