import ArgumentParser
import QuoteModel

/// `quotedoc company own show`.
struct OwnCompanyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show our own company.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let company = try global.workflow().ownCompany()
        try output.emit(OwnCompanyJSON(company)) { Self.text(company) }
    }

    static func text(_ company: OwnCompany) -> String {
        "Our company: \(company.name)\n" + fieldList([
            ("Address", company.address.lines.joined(separator: "\n")),
            ("VAT number", company.vatNumber),
            ("Phone", company.phone),
            ("Email", company.email),
            ("Website", company.website),
            ("Endpoint", company.endpoint.map(\.description) ?? "none (needed for Peppol order agreements)"),
            ("Logo", company.logo.map { "\($0.mediaType), \($0.bytes.count) bytes" } ?? "none"),
        ])
    }
}
