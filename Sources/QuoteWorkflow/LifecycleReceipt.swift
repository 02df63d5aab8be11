import Foundation
import StorageInterface

/// What was sent or ordered: the activity recorded and the files written.
public struct LifecycleReceipt: Sendable {
    public let activity: ActivityRecord
    public let files: [URL]
}
