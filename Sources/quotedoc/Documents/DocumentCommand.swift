import ArgumentParser

/// `quotedoc document`: the archived documents of sent quotes and placed orders.
struct DocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Check the archived documents.",
        subcommands: [DocumentVerifyCommand.self])
}
