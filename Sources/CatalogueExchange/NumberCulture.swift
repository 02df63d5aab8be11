import Foundation
import QuoteModel

/// How a spreadsheet's culture writes numbers: the decimal separator and the thousands
/// separators it may group digits with. Numbers are read into ``ExactDecimal`` exactly, never
/// through a binary floating point.
public struct NumberCulture: Sendable, Hashable {
    /// The culture's name (`sv-SE`).
    public let identifier: String
    public let decimalSeparator: Character
    /// Characters allowed between groups of three digits before the decimal separator.
    public let groupSeparators: Set<Character>

    /// English (United States), also the invariant culture: `1,234.50`.
    public static let enUS = NumberCulture(identifier: "en-US", decimalSeparator: ".", groupSeparators: [","])
    /// Swedish: `1 234,50`, grouped with a space, a no-break space or a narrow no-break space.
    public static let svSE = NumberCulture(identifier: "sv-SE", decimalSeparator: ",", groupSeparators: [" ", "\u{00A0}", "\u{202F}"])
    /// German: `1.234,50`.
    public static let deDE = NumberCulture(identifier: "de-DE", decimalSeparator: ",", groupSeparators: [".", "\u{00A0}", "\u{202F}"])

    /// The cultures `--culture` accepts.
    public static let known: [NumberCulture] = [.enUS, .svSE, .deDE]

    /// The culture a name (`sv-SE`, `sv`, `en`, `invariant`, any case) stands for; nil when unknown.
    public init?(named name: String) {
        let wanted = name.lowercased().replacingOccurrences(of: "_", with: "-")
        if wanted == "invariant" {
            self = .enUS
            return
        }
        guard let culture = Self.known.first(where: { $0.identifier.lowercased() == wanted || $0.identifier.lowercased().hasPrefix(wanted + "-") }) else { return nil }
        self = culture
    }

    init(identifier: String, decimalSeparator: Character, groupSeparators: Set<Character>) {
        self.identifier = identifier
        self.decimalSeparator = decimalSeparator
        self.groupSeparators = groupSeparators
    }

    /// The exact number `text` writes in this culture: an optional sign, digits optionally
    /// grouped in threes by a group separator, and optionally the decimal separator and more
    /// digits. Surrounding spaces are ignored. Nil for anything else (`12,5` in en-US, `1.5E3`,
    /// letters, misplaced group separators).
    public func number(_ text: String) -> ExactDecimal? {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { return nil }
        var plain = ""
        plain.reserveCapacity(trimmed.utf8.count)
        var characters = Substring(trimmed)
        if let sign = characters.first, sign == "-" || sign == "+" || sign == "\u{2212}" {
            if sign != "+" { plain.append("-") }
            characters = characters.dropFirst()
        }
        let parts = characters.split(separator: decimalSeparator, maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, let wholeDigits = Self.ungrouped(whole, by: groupSeparators) else { return nil }
        plain += wholeDigits
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            plain += "." + fraction
        }
        return ExactDecimal(plain)
    }

    /// The digits of `whole` without group separators, or nil when it is not digits grouped in
    /// threes (the first group 1–3 digits) or plain digits.
    private static func ungrouped(_ whole: Substring, by separators: Set<Character>) -> String? {
        guard !whole.isEmpty else { return nil }
        if whole.allSatisfy(\.isASCIIDigit) { return String(whole) }
        let groups = whole.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        // One kind of separator throughout (`1 234.567,5` is not a number).
        let used = Set(whole.filter { separators.contains($0) })
        guard used.count == 1 else { return nil }
        return groups.joined()
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
