import ArgumentParser

/// `quotedoc company`: customer companies and their contact people.
struct CompanyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "company",
        abstract: "List, show and add customer companies.",
        subcommands: [CompanyListCommand.self, CompanyShowCommand.self, CompanyAddCommand.self])
}
