import ArgumentParser
import Foundation

/// `quotedoc company unlink CODE --connection C`.
struct CompanyUnlinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unlink", abstract: "Remove a company's link to its party; neither side changes.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var actor: SyncUserOptions
    @Argument(help: "The company code.") var code: String
    @Option(help: ArgumentHelp("The sync connection.", valueName: "name")) var connection: String

    func run() throws {
        let link = try global.workflow().unlinkCompany(code: code, connection: connection, user: actor.user, now: Date())
        print("Unlinked company \(code) from party \(link.partyCode) on \(connection).")
    }
}
