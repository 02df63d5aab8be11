import Foundation

/// How an import finds the company an ERP party is: by party code, then VAT number, then exact
/// normalized name, among the companies not linked yet. More than one candidate at a step is
/// ambiguous: reported, never merged.
public enum PartyMatch: Sendable, Hashable {
    public enum Key: String, Sendable, Codable {
        case code
        case vatNumber = "vat-number"
        case name
    }

    case matched(Company, by: Key)
    case ambiguous([Company], by: Key)
    case none

    /// The match of `party` (its VAT number and name in fields `vat` and `name`) among `candidates`.
    public static func find(_ party: ERPParty, among candidates: [Company]) -> PartyMatch {
        let steps: [(Key, String, (Company) -> String)] = [
            (.code, party.code, \.code),
            (.vatNumber, vatKey(party["vat"]), { vatKey($0.vatNumber) }),
            (.name, nameKey(party["name"]), { nameKey($0.name) }),
        ]
        for (key, wanted, value) in steps where !wanted.isEmpty {
            let found = candidates.filter { value($0) == wanted }
            if found.count == 1 { return .matched(found[0], by: key) }
            if found.count > 1 { return .ambiguous(found, by: key) }
        }
        return .none
    }

    /// A VAT number without spaces, dots or dashes, upper case.
    static func vatKey(_ value: String) -> String {
        String(value.uppercased().filter { $0.isLetter || $0.isNumber })
    }

    /// A name folded for comparison: case, accents and runs of spaces ignored.
    static func nameKey(_ value: String) -> String {
        value.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
