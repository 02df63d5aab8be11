import ArgumentParser
import QuoteModel
import QuoteWorkflow

/// `quotedoc fields set FIELD`: changes one field's setting.
struct FieldsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change one field's setting: shown or hidden, label, mandatory, read-only, rank.",
        discussion: """
            FIELD is a command name (cost, list-price, extra-field-1; see `quotedoc fields list`) or a \
            document key (unitCost). The name and the quantity cannot be hidden; the code and the name \
            are always mandatory. A mandatory field must be editable: make a read-only field editable \
            before making it mandatory, and a mandatory one optional before making it read-only. \
            Moving a field to --rank N moves the fields in between one place. A blank --label \
            restores the default label. All changes are saved together, or none.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The field (cost, list-price, …).", valueName: "field"))
    var field: ProductField

    @Flag(help: "Hide the field (or show it again): hidden fields merge as blank in every document.")
    var visibility: Visibility?
    @Option(help: ArgumentHelp("The field's label in --lang; blank restores the default.", valueName: "text"))
    var label: String?
    @Option(help: ArgumentHelp("The language of --label (en, sv, …).", valueName: "code"))
    var lang = "en"
    @Flag(help: "Make the field mandatory (or optional) when a product is added.")
    var requirement: Requirement?
    @Flag(help: "Make the field read-only (or editable) on quote lines.")
    var editing: Editing?
    @Option(help: ArgumentHelp("Move the field to this rank (1 is first).", valueName: "n"))
    var rank: Int?

    enum Visibility: String, EnumerableFlag { case hidden, shown }
    enum Requirement: String, EnumerableFlag { case mandatory, optional }
    enum Editing: String, EnumerableFlag { case readOnly, editable }

    /// The changes asked for, in the order they are applied.
    var changes: [FieldChange] {
        var changes: [FieldChange] = []
        if let visibility { changes.append(.shown(visibility == .shown)) }
        if let label { changes.append(.label(label, language: lang)) }
        // Making editable or optional first lets one command turn a read-only field mandatory.
        if editing == .editable { changes.append(.readOnly(false)) }
        if requirement == .optional { changes.append(.mandatory(false)) }
        if requirement == .mandatory { changes.append(.mandatory(true)) }
        if editing == .readOnly { changes.append(.readOnly(true)) }
        if let rank { changes.append(.rank(rank)) }
        return changes
    }

    func validate() throws {
        if changes.isEmpty { throw ValidationError("nothing to change: give --hidden, --shown, --label, --mandatory, --optional, --read-only, --editable or --rank") }
        if label == nil, lang != "en" { throw ValidationError("--lang goes with --label") }
    }

    func run() throws {
        let configuration = try global.workflow().changeField(field, changes)
        let setting = configuration[field]
        var state = [setting.isShown ? "shown" : "hidden", setting.isMandatory ? "mandatory" : "optional", setting.isReadOnly ? "read-only" : "editable"]
        state.append("rank \(setting.rank)")
        if label != nil { state.append("label (\(lang)) '\(setting.label(language: lang))'") }
        print("Field \(field.name): \(state.joined(separator: ", ")).")
    }
}
