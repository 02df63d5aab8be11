import ArgumentParser
import QuoteStore

/// `quotedoc company show CODE`: one company with its address and contact people.
struct CompanyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one company and its contacts.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The company code.")
    var code: String

    func run() throws {
        let detail = try global.openDatabase().company(code: code)
        try output.emit(detail) { Self.text(detail) }
    }

    static func text(_ detail: CompanyWithPeople) -> String {
        let company = detail.company
        let header = "Company \(company.code): \(company.name)\n" + fieldList([
            ("Address", company.address.lines.joined(separator: "\n")),
            ("Phone", company.phone),
            ("Fax", company.fax),
            ("Endpoint", company.endpoint.map(\.description) ?? ""),
        ])
        guard !detail.people.isEmpty else { return header + "\n\nNo contact people." }
        var people = TextTable([.right("Id"), .left("Name"), .left("Title"), .left("Email"), .left("Phone")])
        for person in detail.people {
            people.append([person.id.map(String.init) ?? "", person.fullName, person.title, person.email, person.phone])
        }
        return header + "\n\nContacts\n" + people.rendered(indent: "  ")
    }
}
