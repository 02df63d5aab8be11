import Foundation

/// Where quotedoc keeps what it can make again but would rather not: `$QUOTEDOC_CACHE`, else
/// `$XDG_CACHE_HOME/quotedoc`, else `~/.cache/quotedoc`; `nil` when none of them is known.
enum CacheFolder {
    static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let folder = environment["QUOTEDOC_CACHE"], !folder.isEmpty { return URL(fileURLWithPath: folder, isDirectory: true) }
        if let folder = environment["XDG_CACHE_HOME"], folder.hasPrefix("/") {
            return URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent("quotedoc", isDirectory: true)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/quotedoc", isDirectory: true)
    }
}
