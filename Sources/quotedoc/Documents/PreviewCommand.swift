import ArgumentParser
import Foundation
import QuotePreview

/// `quotedoc preview [--templates DIR] [--port N] [--host H] [--open]`: the template designer's
/// live preview, a local web server.
struct PreviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve live previews of the quotes' documents while you edit the templates.",
        discussion: """
            Every page is rendered through the code `render`, `send` and `order` use, with the templates \
            as they are on disk: saving a template, partial, label file or stylesheet reloads the open \
            page within a second, a template that does not compile shows its diagnostics in place, and a \
            sent or ordered version can be compared with what the customer received. The server reads \
            the database and the archive and writes nothing. It listens on 127.0.0.1 unless --host says \
            otherwise; Ctrl-C stops it.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The templates folder (default: $QUOTEDOC_TEMPLATES, else ./Templates).", valueName: "dir"))
    var templates: String?
    @Option(help: "The port to listen on (0: any free port).") var port = 8787
    @Option(help: ArgumentHelp("The address to listen on; anything but loopback lets other machines see your quotes.", valueName: "address"))
    var host = "127.0.0.1"
    @Flag(help: "Open the preview in the browser (xdg-open).") var open = false

    func run() async throws {
        let folder = DocumentFolderOptions.templatesFolder(templates)
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw CommandFailure("no templates folder at \(folder.path): pass --templates DIR or set QUOTEDOC_TEMPLATES")
        }
        if !PreviewConfiguration.isLoopback(host) {
            FileHandle.standardError.write(Data("Warning: listening on \(host): anyone who can reach this machine can read every quote in the database.\n".utf8))
        }
        let site = PreviewSite(workflow: try global.workflow(), watcher: TemplateWatcher(folder: folder), today: { .today })
        let server = PreviewServer(site: site, configuration: PreviewConfiguration(host: host, port: port, templatesFolder: folder))
        let openBrowser = open
        try await server.run { url in
            // Written straight away (not buffered): scripts and tests wait for this line.
            FileHandle.standardOutput.write(Data("Previewing templates in \(folder.path) at \(url) (Ctrl-C stops)\n".utf8))
            if openBrowser { Self.openInBrowser(url) }
        }
    }

    static func openInBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        try? process.run()
    }
}
