import Foundation
import QuoteDocuments
import QuoteModel
import Synchronization

/// Watches a templates folder by looking at it: every file's path, size and modification time.
/// Each change starts a new generation with a fresh ``TemplateLibrary`` (a library keeps what
/// it compiled), so a saved template, partial, label file or stylesheet shows on the next render.
public final class TemplateWatcher: Sendable {
    public let folder: URL
    private struct State {
        var fingerprint: [String: String]
        var generation: Int
        var library: Result<TemplateLibrary, QuoteError>?
    }
    private let state: Mutex<State>

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
        state = Mutex(State(fingerprint: Self.fingerprint(of: folder), generation: 1, library: nil))
    }

    /// The number of the folder's state: one more for every change seen.
    public var generation: Int { state.withLock { $0.generation } }

    /// Looks at the folder; true (and a new generation) when anything changed.
    @discardableResult
    public func poll() -> Bool {
        let now = Self.fingerprint(of: folder)
        return state.withLock { state in
            guard now != state.fingerprint else { return false }
            state.fingerprint = now
            state.generation += 1
            state.library = nil
            return true
        }
    }

    /// The templates as they are in this generation; a folder without its default labels is an
    /// error to show, not a crash.
    public func library() throws(QuoteError) -> TemplateLibrary {
        let result = state.withLock { state -> Result<TemplateLibrary, QuoteError> in
            if let library = state.library { return library }
            let made = Result { () throws(QuoteError) -> TemplateLibrary in try TemplateLibrary(folder: folder) }
            state.library = made
            return made
        }
        return try result.get()
    }

    /// The templates a user may pick: every `.html` and `.xml` file below the folder, by path.
    public var templateNames: [String] {
        state.withLock { $0.fingerprint.keys }.filter { $0.hasSuffix(".html") || $0.hasSuffix(".xml") }.sorted()
    }

    /// Path (relative to `folder`) → size and modification time of every regular file below it.
    static func fingerprint(of folder: URL) -> [String: String] {
        let root = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [:] }
        var files: [String: String] = [:]
        while let relative = walker.nextObject() as? String {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: root + "/" + relative),
                  attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            files[relative] = "\(size)|\(modified)"
        }
        return files
    }
}
