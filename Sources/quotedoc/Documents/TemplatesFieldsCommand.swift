import ArgumentParser
import QuoteDocuments
import TemplateEngine

/// `quotedoc templates fields`: the data contract, for designers.
struct TemplatesFieldsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields",
        abstract: "List every field a document template can use, with its type and meaning.")

    @OptionGroup var folders: DocumentFolderOptions
    @OptionGroup var output: OutputOptions

    /// One field of the catalogue.
    struct Field: Encodable {
        let name: String
        let type: String
        let meaning: String
    }

    func run() throws {
        let contract = try folders.library().contract
        var fields: [Field] = []
        collect(contract.root, prefix: "", into: &fields, seen: [])
        try output.emit(fields) {
            let width = fields.map(\.name.count).max() ?? 0
            return fields.map { "\($0.name.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.type.padding(toLength: 24, withPad: " ", startingAt: 0))  \($0.meaning)" }
                .joined(separator: "\n")
        }
    }

    /// Every field under `type`, depth first; a list's element fields are listed under `name[]`.
    func collect(_ type: ObjectType, prefix: String, into fields: inout [Field], seen: Set<String>) {
        for field in type.fields {
            let name = prefix + field.name
            fields.append(Field(name: name, type: field.type.description, meaning: field.meaning))
            var inner = field.type.unwrapped
            var suffix = "."
            if case .list(let element) = inner {
                inner = element.unwrapped
                suffix = "[]."
            }
            if case .object(let object) = inner, !seen.contains(object.name) {
                collect(object, prefix: name + suffix, into: &fields, seen: seen.union([object.name]))
            }
        }
    }
}
