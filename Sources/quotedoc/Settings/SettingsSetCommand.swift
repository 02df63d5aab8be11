import ArgumentParser
import QuoteModel

/// `quotedoc settings set`: changes the settings given, keeps the others.
struct SettingsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change settings.",
        discussion: """
            --alternative-discount is SuperOffice's "Use discount on total value": when off, `alternative discount` \
            is refused. --follow-up-text is the text of the follow-up `send --follow-up DATE` records without \
            --follow-up-text. --default-culture is the culture of documents when neither the command (--lang) nor \
            the sale type names one (else en-US).
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Whether an alternative may have a discount on its total (use discount on total value).")
    var alternativeDiscount: OnOff?

    @Option(help: ArgumentHelp("The default text of a follow-up activity.", valueName: "text"))
    var followUpText: String?

    @Option(help: ArgumentHelp("The default culture of documents, e.g. sv-SE.", valueName: "culture"))
    var defaultCulture: String?

    @Flag(help: "No default culture: en-US.")
    var noDefaultCulture = false

    func validate() throws {
        if defaultCulture != nil, noDefaultCulture { throw ValidationError("give --default-culture or --no-default-culture, not both") }
        if alternativeDiscount == nil, followUpText == nil, defaultCulture == nil, !noDefaultCulture {
            throw ValidationError("give at least one setting to change")
        }
    }

    func run() throws {
        let settings = try global.workflow().editSettings { settings in
            if let alternativeDiscount { settings.allowsAlternativeDiscount = alternativeDiscount.isOn }
            if let followUpText { settings.followUpText = followUpText }
            if let defaultCulture { settings.defaultCulture = defaultCulture }
            if noDefaultCulture { settings.defaultCulture = nil }
        }
        try output.emit(settings) { "Changed the settings.\n" + SettingsShowCommand.text(settings) }
    }
}
