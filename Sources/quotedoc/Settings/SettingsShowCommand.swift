import ArgumentParser
import QuoteModel

/// `quotedoc settings show`.
struct SettingsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the settings.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let settings = try global.workflow().settings()
        try output.emit(settings) { Self.text(settings) }
    }

    static func text(_ settings: QuoteSettings) -> String {
        fieldList([
            ("Discount on total value", OnOff(settings.allowsAlternativeDiscount).rawValue),
            ("Follow-up text", settings.followUpText),
            ("Default culture", settings.defaultCulture ?? "\(QuoteSettings.fallbackCulture) (none set)"),
        ])
    }
}
