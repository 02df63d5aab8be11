import ArgumentParser
import Foundation
import QuoteModel
import QuoteWorkflow

/// `quotedoc company show CODE`: one company with its address, contact people, and per sync
/// link its party and the mapped fields as the ERP has them now.
struct CompanyShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one company, its contacts and its ERP parties.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The company code.")
    var code: String

    func run() async throws {
        let view = try await global.workflow().companyView(code: code)
        try output.emit(CompanyJSON(view)) { Self.text(view) }
    }

    static func text(_ view: CompanyView) -> String {
        let company = view.company
        var text = "Company \(company.code): \(company.name)\n" + fieldList([
            ("Address", company.address.lines.joined(separator: "\n")),
            ("Phone", company.phone),
            ("Fax", company.fax),
            ("E-mail", company.email),
            ("VAT number", company.vatNumber),
            ("Endpoint", company.endpoint.map(\.description) ?? ""),
        ])
        if view.people.isEmpty {
            text += "\n\nNo contact people."
        } else {
            var people = TextTable([.right("Id"), .left("Name"), .left("Title"), .left("Email"), .left("Phone")])
            for person in view.people {
                people.append([person.id.map(String.init) ?? "", person.fullName, person.title, person.email, person.phone])
            }
            text += "\n\nContacts\n" + people.rendered(indent: "  ")
        }
        for link in view.links {
            let synced = link.link.syncedAt.map { "last synced \(ISO8601DateFormatter().string(from: $0))" } ?? "not synced yet"
            text += "\n\nERP (\(link.connection)): party \(link.link.partyCode), \(synced)"
            if let failure = link.failure {
                text += "\n  cannot be read now: \(failure)"
                continue
            }
            var table = TextTable([.left("Field"), .left("In the ERP"), .left("In step")])
            for (field, _, value, differs) in link.erpValues { table.append([field.rawValue, value, differs ? "differs" : "yes"]) }
            text += "\n" + table.rendered(indent: "  ")
        }
        return text
    }
}
