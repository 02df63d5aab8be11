import ArgumentParser

@main
struct QuoteDoc: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotedoc", abstract: "Quotes, priced exactly, merged into proposals and order confirmations.")
}
