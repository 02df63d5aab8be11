import ArgumentParser
import QuoteConnectors

/// `quotedoc connector list`: each connector's capabilities, what it lacks, and its fields.
struct ConnectorListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the installed connectors.")

    @OptionGroup var output: OutputOptions

    func run() throws {
        let descriptors = InstalledConnectors.registry.descriptors
        try output.emit(descriptors.map(ConnectorJSON.init)) { Self.text(descriptors) }
    }

    static func text(_ descriptors: [ConnectorDescriptor]) -> String {
        descriptors.map { descriptor in
            var lines = ["\(descriptor.name) — \(descriptor.displayName): \(descriptor.summary)"]
            let capabilities = descriptor.capabilities.sorted()
            lines.append("  Capabilities: " + (capabilities.isEmpty ? "none" : capabilities.map(\.rawValue).joined(separator: ", ")))
            let missing = ConnectorCapability.allCases.filter { !descriptor.can($0) }
            if !missing.isEmpty { lines.append("  Without:      " + missing.map(\.rawValue).joined(separator: ", ")) }
            if descriptor.fields.isEmpty {
                lines.append("  Fields:       none")
            } else {
                var table = TextTable([.left("Field"), .left("Type"), .left("Required"), .left("Default"), .left("Meaning")])
                for field in descriptor.fields {
                    table.append([field.key, field.kind.name, yes(field.isRequired && field.defaultValue == nil), field.defaultValue ?? "", field.label + (field.help.isEmpty ? "" : ". " + field.help)])
                }
                lines.append("  Fields:")
                lines.append(table.rendered(indent: "    "))
                if descriptor.fields.contains(where: { $0.kind == .secret }) {
                    lines.append("    A secret FIELD may instead be read from an environment variable: --set FIELD-env=VARIABLE.")
                }
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
