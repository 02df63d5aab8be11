import Foundation

/// Where the preview server listens and what it serves.
public struct PreviewConfiguration: Sendable {
    /// The address to listen on: loopback unless a user asks otherwise.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// The templates folder previews are rendered with (and watched).
    public var templatesFolder: URL
    /// How often the folder is looked at for saved files.
    public var pollInterval: Duration

    public init(host: String = "127.0.0.1", port: Int = 8787, templatesFolder: URL, pollInterval: Duration = .milliseconds(200)) {
        self.host = host
        self.port = port
        self.templatesFolder = templatesFolder
        self.pollInterval = pollInterval
    }

    /// True when `host` only takes connections from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host.lowercased()) || host.hasPrefix("127.")
    }
}
