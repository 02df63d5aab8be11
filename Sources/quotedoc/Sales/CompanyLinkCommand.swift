import ArgumentParser
import Foundation

/// `quotedoc company link CODE --connection C --party PARTYCODE`.
struct CompanyLinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link", abstract: "Link a company to a party of a sync connection's ERP.",
        discussion: "A company has at most one party per connection, a party at most one company. The next `sync run` merges them (empty fields are filled, differences are conflicts).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var actor: SyncUserOptions
    @Argument(help: "The company code.") var code: String
    @Option(help: ArgumentHelp("The sync connection.", valueName: "name")) var connection: String
    @Option(help: ArgumentHelp("The party's code in the ERP.", valueName: "code")) var party: String

    func run() async throws {
        let (company, linked) = try await global.workflow().linkCompany(code: code, connection: connection, partyCode: party, user: actor.user, now: Date())
        print("Linked company \(company.code) (\(company.name)) to party \(linked.label) on \(connection).")
    }
}
