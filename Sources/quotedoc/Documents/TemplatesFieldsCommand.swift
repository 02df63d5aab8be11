import ArgumentParser
import Foundation
import QuoteDocuments
import QuoteModel
import QuoteWorkflow
import TemplateEngine

/// `quotedoc templates fields`: the data contract, for designers, with the fields the field
/// configuration hides (they merge as blank).
struct TemplatesFieldsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields",
        abstract: "List every field a document template can use, with its type and meaning, and which are hidden.",
        discussion: """
            A field hidden in the field configuration (`quotedoc fields set FIELD --hidden`) merges as \
            blank in every document; it is marked "hidden". Without a database every field is shown.

            Amounts print with `money` (the currency's minor unit); unit prices (unitListPrice, \
            netUnitPrice, unitCost) carry more decimals than that: print them with `money("unit")` \
            (or `plain("unit")` in XML), which keeps every decimal they have.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var folders: DocumentFolderOptions
    @OptionGroup var output: OutputOptions

    /// One field of the catalogue.
    struct Field: Encodable {
        let name: String
        let type: String
        let meaning: String
        /// True when the field configuration hides it: it merges as blank.
        let hidden: Bool
    }

    func run() throws {
        let contract = try folders.library().contract
        let configuration = FileManager.default.fileExists(atPath: global.path) ? try global.workflow().fieldConfiguration() : .standard
        let hidden = Set(configuration.hiddenFields.map(\.rawValue))
        let hiddenEarnings = hidden.intersection([ProductField.earningAmount.rawValue, ProductField.earningPercent.rawValue])
        var fields: [Field] = []
        collect(contract.root, prefix: "", into: &fields, seen: []) { object, field in
            object === contract.line ? hidden.contains(field) : object === contract.alternative && hiddenEarnings.contains(field)
        }
        try output.emit(fields) {
            let width = fields.map(\.name.count).max() ?? 0
            var text = fields.map {
                "\($0.name.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.type.padding(toLength: 24, withPad: " ", startingAt: 0))  \($0.hidden ? "hidden  " : "")\($0.meaning)"
            }.joined(separator: "\n")
            let names = configuration.hiddenFields.map(\.rawValue)
            text += "\n\n" + (names.isEmpty ? "No field is hidden." : "Hidden by the field configuration (merged as blank): \(names.joined(separator: ", ")).")
            return text
        }
    }

    /// Every field under `type`, depth first; a list's element fields are listed under `name[]`.
    /// `isHidden` tells whether a field of an object type is hidden.
    func collect(_ type: ObjectType, prefix: String, into fields: inout [Field], seen: Set<String>, isHidden: (ObjectType, String) -> Bool) {
        for field in type.fields {
            let name = prefix + field.name
            fields.append(Field(name: name, type: field.type.description, meaning: field.meaning, hidden: isHidden(type, field.name)))
            var inner = field.type.unwrapped
            var suffix = "."
            if case .list(let element) = inner {
                inner = element.unwrapped
                suffix = "[]."
            }
            if case .object(let object) = inner, !seen.contains(object.name) {
                collect(object, prefix: name + suffix, into: &fields, seen: seen.union([object.name]), isHidden: isHidden)
            }
        }
    }
}
