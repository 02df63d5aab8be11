import ArgumentParser
import QuoteModel
import QuoteWorkflow

/// `quotedoc fields list`: every field's setting, in rank order.
struct FieldsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the product and quote-line fields with their settings, in rank order.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The language of the labels shown (en, sv, …).", valueName: "code"))
    var lang = "en"

    /// One field as JSON.
    struct Entry: Encodable {
        let rank: Int
        let field: String
        let key: String
        let scope: String
        let label: String
        let labels: [String: String]
        let shown: Bool
        let mandatory: Bool
        let readOnly: Bool
        let canBeHidden: Bool
    }

    func run() throws {
        let configuration = try global.workflow().fieldConfiguration()
        let entries = configuration.settings.map { setting in
            Entry(
                rank: setting.rank, field: setting.field.name, key: setting.field.rawValue, scope: setting.field.scope.rawValue,
                label: setting.label(language: lang), labels: setting.labels, shown: setting.isShown, mandatory: setting.isMandatory,
                readOnly: setting.isReadOnly, canBeHidden: setting.field.canBeHidden)
        }
        try output.emit(entries) {
            var table = TextTable([
                .right("Rank"), .left("Field"), .left("Document key"), .left("Label (\(lang))"), .left("Scope"), .left("Shown"),
                .left("Mandatory"), .left("Read-only"),
            ])
            for entry in entries {
                table.append([
                    String(entry.rank), entry.field, entry.key, entry.label, entry.scope, entry.shown ? "yes" : "hidden",
                    entry.mandatory ? "yes" : "", entry.readOnly ? "yes" : "",
                ])
            }
            return table.rendered()
        }
    }
}
