import Foundation

/// Where templates come from, by name (`proposal.html`, `partials/lines.html`).
public protocol TemplateLoader: Sendable {
    /// The source text of template `name`.
    func source(of name: String) throws(TemplateLoadError) -> String
}

/// A template that could not be loaded.
public struct TemplateLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let reason: String

    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }

    public var description: String { "cannot load template '\(name)': \(reason)" }
}

/// Templates kept in memory, for tests and previews.
public struct InMemoryTemplateLoader: TemplateLoader {
    public let templates: [String: String]

    public init(_ templates: [String: String]) {
        self.templates = templates
    }

    public func source(of name: String) throws(TemplateLoadError) -> String {
        guard let text = templates[name] else { throw TemplateLoadError(name: name, reason: "no such template") }
        return text
    }
}

/// Templates in a folder. Names are relative paths inside it; a name that climbs out of the
/// folder (`..`) or is absolute is refused.
public struct DirectoryTemplateLoader: TemplateLoader {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    public func source(of name: String) throws(TemplateLoadError) -> String {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.isEmpty, !name.hasPrefix("/"), !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw TemplateLoadError(name: name, reason: "a template name is a relative path inside the templates folder")
        }
        let url = folder.appendingPathComponent(name)
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw TemplateLoadError(name: name, reason: exists ? "\(url.path) is not readable UTF-8 text" : "no file \(url.path)")
        }
    }
}
