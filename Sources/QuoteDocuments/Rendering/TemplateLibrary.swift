import Foundation
import QuoteModel
import Synchronization
import TemplateEngine

/// The document templates of one folder (`Templates/`), compiled on first use and kept: label
/// translations from `labels/<language>.json`, and templates looked up first in the culture's
/// own folder (`sv-SE/`), then the language's (`sv/`), then the folder itself.
public final class TemplateLibrary: Sendable {
    public let folder: URL
    public let contract: DocumentContract
    /// The default labels, `labels/en.json`, which fix the keys every language provides.
    public let defaultLabels: [String: String]
    private let cache = Mutex<[String: (template: CompiledTemplate, hash: String)]>([:])
    private let labelCache = Mutex<[String: [String: String]]>([:])
    private let existenceCache = Mutex<[String: Bool]>([:])

    /// Reads the default labels of the templates in `folder`.
    public init(folder: URL) throws(QuoteError) {
        self.folder = folder
        let labels = try Self.readLabels(folder.appendingPathComponent("labels/en.json"))
        guard let labels else {
            throw QuoteError(.templates, "\(folder.path)/labels/en.json is missing: the default labels fix the names templates use under 'labels'")
        }
        defaultLabels = labels
        contract = DocumentContract(labelKeys: labels.keys.sorted())
    }

    /// The compiled template `name` for `culture`; `override` is a template file used instead.
    public func template(_ name: String, culture: Culture, override: URL? = nil) throws(QuoteError) -> CompiledTemplate {
        try compiled(name, culture: culture, override: override).template
    }

    /// The compiled template with the SHA-256 of the sources it was made from (itself, its
    /// layouts and includes), both worked out once.
    public func compiled(_ name: String, culture: Culture, override: URL? = nil) throws(QuoteError) -> (template: CompiledTemplate, hash: String) {
        let key = "\(culture.identifier)|\(override?.path ?? "")|\(name)"
        if let cached = cache.withLock({ $0[key] }) { return cached }
        var folders = [folder.appendingPathComponent(culture.identifier), folder.appendingPathComponent(language(of: culture)), folder]
        var templateName = name
        if let override {
            folders.insert(override.deletingLastPathComponent(), at: 0)
            templateName = override.lastPathComponent
        }
        let compiler = TemplateCompiler(contract: contract.root, loader: FallbackTemplateLoader(folders: folders))
        let template: CompiledTemplate
        do {
            template = try compiler.compile(templateName)
        } catch {
            throw QuoteError(.templates, error.description)
        }
        let entry = (template: template, hash: SHA256Digest.hex(ofSources: template.sources))
        cache.withLock { $0[key] = entry }
        return entry
    }

    /// Whether template `name` is in the folder for `culture` (in its culture's folder, its
    /// language's or the folder itself); looked up once per name and culture.
    public func has(_ name: String, culture: Culture) -> Bool {
        let key = "\(culture.identifier)|\(name)"
        if let known = existenceCache.withLock({ $0[key] }) { return known }
        let found = [folder.appendingPathComponent(culture.identifier), folder.appendingPathComponent(language(of: culture)), folder]
            .contains { FileManager.default.fileExists(atPath: $0.appendingPathComponent(name).path) }
        existenceCache.withLock { $0[key] = found }
        return found
    }

    /// Every problem in template `name` (a path inside the folder, or a file anywhere).
    public func check(_ name: String) -> [Diagnostic] {
        let file = URL(fileURLWithPath: name, relativeTo: folder)
        let inFolder = FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
        let folders = inFolder ? [folder] : [file.deletingLastPathComponent(), folder]
        let templateName = inFolder ? name : file.lastPathComponent
        return TemplateCompiler(contract: contract.root, loader: FallbackTemplateLoader(folders: folders)).check(templateName)
    }

    /// The labels of `culture`'s language, completed from the default labels.
    public func labels(for culture: Culture) throws(QuoteError) -> [String: String] {
        let language = language(of: culture)
        if let cached = labelCache.withLock({ $0[language] }) { return cached }
        var labels = defaultLabels
        if language != "en", let translated = try Self.readLabels(folder.appendingPathComponent("labels/\(language).json")) {
            labels.merge(translated.filter { defaultLabels[$0.key] != nil }) { _, new in new }
        }
        labelCache.withLock { $0[language] = labels }
        return labels
    }

    func language(of culture: Culture) -> String {
        culture.identifier.split(separator: "-").first.map(String.init) ?? culture.identifier
    }

    static func readLabels(_ url: URL) throws(QuoteError) -> [String: String]? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
        } catch {
            throw QuoteError(.templates, "\(url.path) is not a JSON object of texts: \(error)")
        }
    }
}

/// Loads a template from the first of several folders that has it.
struct FallbackTemplateLoader: TemplateLoader {
    let folders: [URL]

    func source(of name: String) throws(TemplateLoadError) -> String {
        var lastError = TemplateLoadError(name: name, reason: "no such template")
        for folder in folders {
            do {
                return try DirectoryTemplateLoader(folder: folder).source(of: name)
            } catch {
                lastError = error
                if error.reason.hasPrefix("a template name") { throw error }
            }
        }
        throw TemplateLoadError(name: name, reason: "not found in \(folders.map(\.path).joined(separator: ", ")) (\(lastError.reason))")
    }
}
