import ArgumentParser

/// `quotedoc company own`: our own company, the seller every document names.
struct OwnCompanyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "own",
        abstract: "Show and change our own company: name, address, VAT number, contact details and logo, printed on every document.",
        subcommands: [OwnCompanyShowCommand.self, OwnCompanyEditCommand.self])
}
