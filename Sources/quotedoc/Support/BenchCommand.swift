import ArgumentParser

/// `quotedoc bench`: benchmark workloads.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Make benchmark workloads.",
        subcommands: [BenchGenerateCommand.self, BenchProductsCommand.self])
}
