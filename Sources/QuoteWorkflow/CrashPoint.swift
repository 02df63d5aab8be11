import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Named points in sending, ordering and sync where the crash-safety tests kill the process: with
/// `QUOTEDOC_CRASH_AT=<name>` set, reaching that point sends SIGKILL to the process itself, as
/// a power cut would. Unset (always, outside those tests), reaching a point does nothing.
public enum CrashPoint: String, CaseIterable, Sendable {
    case afterRender = "after-render"
    case afterERPOrder = "after-erp-order"
    case afterStaging = "after-staging"
    case afterDatabaseCommit = "after-database-commit"
    case afterFirstRename = "after-first-rename"
    case afterAllRenames = "after-all-renames"
    /// Sync: the ERP made the pushed party; quotedoc has not linked it yet.
    case afterERPParty = "after-erp-party"
    /// Sync: the ERP's side of a company is written; quotedoc's side and the base are not.
    case afterERPWrite = "after-erp-write"

    private static let armed = ProcessInfo.processInfo.environment["QUOTEDOC_CRASH_AT"].flatMap(CrashPoint.init(rawValue:))

    /// Kills the process here if this is the armed point.
    public func reach() {
        if Self.armed == self { kill(getpid(), SIGKILL) }
    }
}
