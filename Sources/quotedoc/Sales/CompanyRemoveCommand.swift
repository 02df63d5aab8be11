import ArgumentParser

/// `quotedoc company remove CODE`.
struct CompanyRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a customer company with its contact people and links.",
        discussion: "A company with sales stays: its quotes and documents name it. Its ERP party is left as it is.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The company code.") var code: String

    func run() throws {
        let company = try global.workflow().removeCompany(code: code)
        print("Removed company \(company.code) (\(company.name)).")
    }
}
