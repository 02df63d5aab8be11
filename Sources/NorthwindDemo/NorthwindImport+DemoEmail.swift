import Foundation

extension NorthwindImport {
    /// Northwind's customer contacts have no e-mail address; the demo gives each a made-up one
    /// under the reserved `.example` domain (RFC 2606), so `send --email` can be tried on any
    /// demo quote: `Maria Anders` of ALFKI is `maria.anders@alfki.example`.
    static func demoEmail(_ name: String, companyCode: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        let words = folded.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.joined(separator: ".") + "@" + companyCode.lowercased() + ".example"
    }
}
