import Foundation
import QuoteModel
import TemplateEngine

extension TemplateLibrary {
    /// The culture `identifier` names (`sv-SE`, `sv`, `SV_se`), or an error naming a close one.
    public static func culture(named identifier: String) throws(QuoteError) -> Culture {
        guard let culture = Culture.named(identifier) else {
            let suggestion = Culture.suggestion(for: identifier).map { "; did you mean '\($0)'?" } ?? ""
            throw QuoteError(.invalid, "unknown culture '\(identifier)'\(suggestion)", value: identifier)
        }
        return culture
    }

    /// Checks that template `name` (without extension) can render `kind` documents: `<name>.html`
    /// is in this folder and compiles against the document contract, and so does `<name>.xml`
    /// when the folder has it (else the kind's standard UBL template is used).
    public func checkDocumentTemplate(_ name: String, for kind: DocumentKind) throws(QuoteError) {
        let html = "\(name).html"
        let what = kind == .proposal ? "proposal" : "confirmation"
        guard !name.isEmpty, FileManager.default.fileExists(atPath: folder.appendingPathComponent(html).path) else {
            throw QuoteError(.templates, "no \(what) template '\(html)' in \(folder.path)", value: name)
        }
        for file in [html, "\(name).xml"] where file == html || has(file, culture: .invariant) {
            let errors = check(file).distinctProblems().filter { $0.severity == .error }
            if !errors.isEmpty {
                throw QuoteError(.templates, "the \(what) template \(file) does not compile:\n\(errors.map(\.description).joined(separator: "\n"))", value: name)
            }
        }
    }
}
