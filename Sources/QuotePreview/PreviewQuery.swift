import Foundation
import QuoteDocuments
import QuoteModel
import QuoteWorkflow

/// What a preview URL asks for: the document kind, version, alternatives, culture and an
/// optional template of the folder instead of the sale type's. Read from the query string and
/// written back into links, so every view keeps the pickers' choices.
struct PreviewQuery: Sendable, Equatable {
    var kind: DocumentKind = .proposal
    var version: Int?
    var alternatives: AlternativeSelection = .favourite
    var culture: String?
    /// A template path relative to the templates folder, one of ``TemplateWatcher/templateNames``.
    var template: String?

    /// The query read from `parameters`; an unknown value is refused naming it.
    init(_ parameters: [String: String], templates: [String]) throws(QuoteError) {
        if let kind = parameters["kind"], !kind.isEmpty {
            switch kind {
            case "proposal": self.kind = .proposal
            case "confirmation": self.kind = .orderConfirmation
            default: throw QuoteError(.invalid, "kind is proposal or confirmation, not '\(kind)'", value: kind)
            }
        }
        if let version = parameters["version"], !version.isEmpty {
            guard let rank = Int(version), rank > 0 else { throw QuoteError(.invalid, "version is a number from 1, not '\(version)'", value: version) }
            self.version = rank
        }
        if let alternatives = parameters["alternatives"], !alternatives.isEmpty {
            guard let selection = AlternativeSelection(rawValue: alternatives) else {
                throw QuoteError(.invalid, "alternatives is favourite or all, not '\(alternatives)'", value: alternatives)
            }
            self.alternatives = selection
        }
        if let culture = parameters["culture"], !culture.isEmpty { self.culture = culture }
        if let template = parameters["template"], !template.isEmpty {
            // Only a template the folder lists: a path from a URL never reaches anywhere else.
            guard templates.contains(template) else { throw QuoteError(.notFound, "no template '\(template)' in the templates folder", value: template) }
            self.template = template
        }
    }

    init() {}

    /// The query string that asks for this again (`?kind=proposal&…`), with `format` when given.
    var queryString: String {
        var items = ["kind=\(kind == .proposal ? "proposal" : "confirmation")", "alternatives=\(alternatives.rawValue)"]
        if let version { items.append("version=\(version)") }
        if let culture { items.append("culture=\(HTMLText.query(culture))") }
        if let template { items.append("template=\(HTMLText.query(template))") }
        return "?" + items.joined(separator: "&")
    }

    /// The workflow's preview options for `formats`, as `quotedoc render` builds them for `today`.
    func options(formats: [DocumentFormat], today: LocalDate) -> QuoteWorkflow.PreviewOptions {
        QuoteWorkflow.PreviewOptions(kind: kind, formats: formats, version: version, alternatives: alternatives, culture: culture, today: today)
    }

    /// The template file chosen for `format`, inside `folder`; nil for the sale type's own.
    func templateOverride(in folder: URL, format: DocumentFormat) -> URL? {
        guard let template, template.hasSuffix(".\(format.rawValue)") else { return nil }
        return folder.appendingPathComponent(template)
    }
}
