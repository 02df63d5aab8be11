import QuoteWorkflow

/// An import's report as `sync import` prints it.
struct SyncImportJSON: Encodable {
    struct Party: Encodable {
        let partyCode: String
        let partyName: String
        /// linked, added, ambiguous or skipped.
        let outcome: String
        let companies: [String]
        let matchedBy: String?
        let notes: [String]
    }

    let connection: String
    let dryRun: Bool
    let linked: Int
    let added: Int
    let leftAlone: Int
    let alreadyLinked: Int
    let parties: [Party]

    init(_ report: SyncImportReport) {
        connection = report.connection
        dryRun = report.isDryRun
        linked = report.linkedCount
        added = report.addedCount
        leftAlone = report.leftAloneCount
        alreadyLinked = report.alreadyLinked
        parties = report.parties.map { party, outcome in
            switch outcome {
            case .linked(let company, let key):
                Party(partyCode: party.code, partyName: party["name"], outcome: "linked", companies: [company.code], matchedBy: key.rawValue, notes: [])
            case .added(let company, let problems):
                Party(partyCode: party.code, partyName: party["name"], outcome: "added", companies: [company.code], matchedBy: nil, notes: problems)
            case .ambiguous(let companies, let key):
                Party(partyCode: party.code, partyName: party["name"], outcome: "ambiguous", companies: companies.map(\.code), matchedBy: key.rawValue, notes: [])
            case .skipped(let reason):
                Party(partyCode: party.code, partyName: party["name"], outcome: "skipped", companies: [], matchedBy: nil, notes: [reason])
            }
        }
    }

    static func text(_ report: SyncImportReport) -> String {
        let would = report.isDryRun ? "would be " : ""
        var lines = report.parties.map { party, outcome -> String in
            switch outcome {
            case .linked(let company, let key):
                return "  \(party.label): \(would)linked to company \(company.code) (\(company.name)), same \(key.rawValue)"
            case .added(let company, let problems):
                return "  \(party.label): \(would)added as company \(company.code)" + problems.map { "; \($0)" }.joined()
            case .ambiguous(let companies, let key):
                return "  \(party.label): left alone, its \(key.rawValue) matches \(companies.map(\.code).joined(separator: ", ")); link it with `quotedoc company link CODE --connection \(report.connection) --party \(party.code)`"
            case .skipped(let reason):
                return "  \(party.label): left alone, \(reason)"
            }
        }
        lines.insert("Import from \(report.connection)\(report.isDryRun ? " (dry run: nothing changed)" : ""): "
            + "\(report.linkedCount) linked, \(report.addedCount) added, \(report.leftAloneCount) left alone, \(report.alreadyLinked) linked before.", at: 0)
        return lines.joined(separator: "\n")
    }
}
