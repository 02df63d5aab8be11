import ArgumentParser
import QuoteModel
import QuoteStore

/// `quotedoc quote show NUMBER`: a quote's header, alternatives, totals and lines.
struct QuoteShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a quote: one version with its alternatives, totals and lines.",
        discussion: """
            The line columns follow the field configuration (`quotedoc fields`): in its rank order, \
            hidden fields left out. --json keeps every field and lists the hidden ones in hiddenFields.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The quote number.")
    var number: String

    @Argument(help: "The version to show (default: the active one).")
    var version: Int?

    func validate() throws {
        if let version, version < 1 { throw ValidationError("a version number is 1 or more") }
    }

    func run() throws {
        let detail = try global.workflow().quote(number: number, version: version)
        let fields = try global.workflow().fieldConfiguration()
        try output.emit(QuoteJSON(detail, hiddenFields: fields.hiddenFields)) { try QuoteRenderer.render(detail, fields: fields) }
    }
}
