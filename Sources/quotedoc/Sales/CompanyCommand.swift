import ArgumentParser

/// `quotedoc company`: customer companies and their contact people, and our own company.
struct CompanyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "company",
        abstract: "List, show, add, change, remove and link customer companies; show and change our own (company own).",
        subcommands: [
            CompanyListCommand.self, CompanyShowCommand.self, CompanyAddCommand.self, CompanyEditCommand.self, CompanyRemoveCommand.self,
            CompanyLinkCommand.self, CompanyUnlinkCommand.self, OwnCompanyCommand.self,
        ])
}
