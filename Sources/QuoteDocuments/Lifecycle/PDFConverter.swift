import Foundation
import QuoteModel

/// Turns rendered HTML into PDF with a converter installed on the machine: WeasyPrint (which
/// supports CSS paged media: running footers, page counters) or, failing that, headless Chromium.
public struct PDFConverter: Sendable {
    public enum Tool: String, Sendable {
        case weasyprint
        case chromium
    }

    public let tool: Tool
    public let executable: String

    /// The first converter found on the PATH, or nil.
    public static func find() -> PDFConverter? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for (tool, names) in [(Tool.weasyprint, ["weasyprint"]), (.chromium, ["chromium", "chromium-browser", "google-chrome"])] {
            for name in names {
                for folder in path.split(separator: ":") {
                    let candidate = "\(folder)/\(name)"
                    if FileManager.default.isExecutableFile(atPath: candidate) { return PDFConverter(tool: tool, executable: candidate) }
                }
            }
        }
        return nil
    }

    public static let missingMessage = "no PDF converter was found (WeasyPrint or Chromium on the PATH), and nothing was changed"

    /// The PDF of an HTML document, named like it.
    public func pdf(of html: RenderedDocument) throws -> RenderedDocument {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotedoc-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("document.html")
        let output = folder.appendingPathComponent("document.pdf")
        try Data(html.bytes).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = switch tool {
        case .weasyprint: [input.path, output.path]
        case .chromium: ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(output.path)", input.absoluteString]
        }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let bytes = FileManager.default.contents(atPath: output.path), !bytes.isEmpty else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).suffix(400)
            throw QuoteError(.output, "\(tool.rawValue) could not make a PDF (exit \(process.terminationStatus)): \(message)")
        }
        let pdfBytes = Array(bytes)
        let name = (html.fileName as NSString).deletingPathExtension + ".pdf"
        return RenderedDocument(
            kind: html.kind, format: .pdf, fileName: name, bytes: pdfBytes, sha256: SHA256Digest.hex(pdfBytes),
            templateName: html.templateName, templateHash: html.templateHash, engineVersion: "\(html.engineVersion) + \(tool.rawValue)")
    }
}
