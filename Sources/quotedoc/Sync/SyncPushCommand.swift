import ArgumentParser
import Foundation
import QuoteWorkflow

/// `quotedoc sync push CONNECTION COMPANY`.
struct SyncPushCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push", abstract: "Make an unlinked company's party in the ERP and link it.",
        discussion: "The party gets the company's code, its mapped fields and the defaults. Cut off and run again, it finds the party made before: never two.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var actor: SyncUserOptions
    @Argument(help: "The connection's name.") var connection: String
    @Argument(help: "The company code.") var company: String

    func run() async throws {
        let pushed = try await global.workflow().pushCompany(code: company, connection: connection, user: actor.user, now: Date())
        if pushed.wasAlreadyMade {
            print("Linked \(pushed.company.code) to party \(pushed.party.label), which the ERP had already (an earlier push); `sync run \(connection)` brings them in step.")
        } else {
            print("Made party \(pushed.party.label) in the ERP of \(connection) and linked company \(pushed.company.code) to it.")
        }
    }
}
