import ArgumentParser
import QuoteModel

/// `quotedoc associate list`: every associate, by name.
struct AssociateListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List associates by name.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let associates = try global.workflow().associates()
        try output.emit(associates) { Self.table(associates) }
    }

    static func table(_ associates: [Associate]) -> String {
        var table = TextTable([.left("User name"), .left("Name"), .left("Title"), .left("Email"), .left("Approves")])
        for associate in associates {
            table.append([associate.userName, associate.name, associate.title, associate.email, yes(associate.canApproveQuote)])
        }
        return table.rendered()
    }
}
