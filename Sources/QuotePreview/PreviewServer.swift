import Foundation
import Hummingbird
import Logging

/// The live preview server: the routes of a ``PreviewSite`` on one address, and the watcher
/// looking at the templates folder until the server stops (Ctrl-C).
public struct PreviewServer: Sendable {
    public let site: PreviewSite
    public let configuration: PreviewConfiguration

    public init(site: PreviewSite, configuration: PreviewConfiguration) {
        self.site = site
        self.configuration = configuration
    }

    /// Serves until the process is told to stop; `onReady` gets the URL once it listens.
    public func run(onReady: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "quotedoc-preview")
        logger.logLevel = .warning
        let host = configuration.host
        let application = Application(
            router: PreviewRouter.make(site: site),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: "quotedoc-preview"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                onReady("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger)
        let watcher = site.watcher
        let interval = configuration.pollInterval
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await application.runService() }
            group.addTask {
                while !Task.isCancelled {
                    watcher.poll()
                    try await Task.sleep(for: interval)
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }
}
