import ArgumentParser
import QuoteModel

/// `quotedoc associate add`: a new user.
struct AssociateAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an associate.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The short, unique name used on the command line.")
    var userName: String
    @Option(help: "The full name.")
    var name: String
    @Option(help: ArgumentHelp("The job title.", valueName: "text")) var title = ""
    @Option(help: ArgumentHelp("The email address.", valueName: "text")) var email = ""
    @Flag(help: "May approve or reject quote versions that need approval.")
    var canApproveQuote = false

    func validate() throws {
        if userName.isEmpty { throw ValidationError("--user-name must not be empty") }
    }

    func run() throws {
        let added = try global.workflow().addAssociate(
            Associate(userName: userName, name: name, title: title, email: email, canApproveQuote: canApproveQuote))
        print("Added associate \(added.userName) (\(added.name))\(added.canApproveQuote ? ", who may approve quotes" : "").")
    }
}
