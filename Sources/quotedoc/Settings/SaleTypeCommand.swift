import ArgumentParser

/// `quotedoc saletype`: the kinds of sale and their quote rules (SuperOffice's "Sale – Type").
struct SaleTypeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saletype",
        abstract: "List, add and change sale types: quote validity, alternatives, approval limits, templates, culture.",
        subcommands: [SaleTypeListCommand.self, SaleTypeAddCommand.self, SaleTypeEditCommand.self, SaleTypeAttachmentCommand.self])
}
