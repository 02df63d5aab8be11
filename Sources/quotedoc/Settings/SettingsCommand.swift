import ArgumentParser

/// `quotedoc settings`: the settings of SuperOffice's Settings tab that quotedoc keeps.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Show and change the settings: discount on total value, default follow-up text, default culture.",
        subcommands: [SettingsShowCommand.self, SettingsSetCommand.self])
}
