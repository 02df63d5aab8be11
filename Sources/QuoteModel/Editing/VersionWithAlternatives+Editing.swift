import Foundation

/// The edits a salesperson makes to a draft version: lines and alternatives. Each keeps ranks
/// contiguous from 1 and refuses what the model does not allow; pricing and validation follow
/// separately.
extension VersionWithAlternatives {
    /// The index of the alternative named `name` (case-sensitive), or an error listing the names.
    public func alternativeIndex(named name: String) throws(QuoteError) -> Int {
        guard let index = alternatives.firstIndex(where: { $0.alternative.name == name }) else {
            let names = alternatives.map { "'\($0.alternative.name)'" }.joined(separator: ", ")
            throw QuoteError(.invalid, "no alternative '\(name)' (the version has \(names))")
        }
        return index
    }

    /// The alternative named `name`, or the favourite when `name` is nil.
    public func alternativeIndex(_ name: String?) throws(QuoteError) -> Int {
        if let name { return try alternativeIndex(named: name) }
        guard let favourite = alternatives.firstIndex(where: { $0.alternative.id != nil && $0.alternative.id == version.favouriteAlternativeId })
            ?? (alternatives.isEmpty ? nil : 0) else {
            throw QuoteError(.invalid, "the version has no alternative")
        }
        return favourite
    }

    /// The index of line `rank` in alternative `alternative`.
    public func lineIndex(rank: Int, in alternative: Int) throws(QuoteError) -> Int {
        let lines = alternatives[alternative].lines
        guard let index = lines.firstIndex(where: { $0.rank == rank }) else {
            throw QuoteError(.invalid, "alternative '\(alternatives[alternative].alternative.name)' has no line \(rank) (it has \(lines.isEmpty ? "none" : "1 to \(lines.count)"))")
        }
        return index
    }

    /// Appends `line` to the alternative at `alternative`, as its last line.
    public mutating func appendLine(_ line: QuoteLine, to alternative: Int) {
        var line = line
        line.id = nil
        line.alternativeId = alternatives[alternative].alternative.id ?? 0
        line.rank = alternatives[alternative].lines.count + 1
        alternatives[alternative].lines.append(line)
    }

    /// Removes line `rank` of the alternative at `alternative`.
    public mutating func removeLine(rank: Int, from alternative: Int) throws(QuoteError) {
        let index = try lineIndex(rank: rank, in: alternative)
        alternatives[alternative].lines.remove(at: index)
        renumberLines(of: alternative)
    }

    /// Moves line `rank` to position `newRank` (1 is first) in the alternative at `alternative`.
    public mutating func moveLine(rank: Int, to newRank: Int, in alternative: Int) throws(QuoteError) {
        let index = try lineIndex(rank: rank, in: alternative)
        let count = alternatives[alternative].lines.count
        guard (1...count).contains(newRank) else {
            throw QuoteError(.invalid, "position \(newRank) is outside 1 to \(count)")
        }
        let line = alternatives[alternative].lines.remove(at: index)
        alternatives[alternative].lines.insert(line, at: newRank - 1)
        renumberLines(of: alternative)
    }

    /// Adds an empty alternative named `name` after the others.
    public mutating func addAlternative(named name: String, allowed: Bool) throws(QuoteError) {
        guard allowed else { throw QuoteError(.invalid, "this sale type does not allow alternatives") }
        try checkNewName(name)
        alternatives.append(AlternativeWithLines(
            alternative: QuoteAlternative(versionId: version.id ?? 0, rank: alternatives.count + 1, name: name), lines: []))
    }

    /// Adds a copy of the alternative at `alternative`, with its lines and discount, named `name`.
    public mutating func copyAlternative(_ alternative: Int, as name: String, allowed: Bool) throws(QuoteError) {
        guard allowed else { throw QuoteError(.invalid, "this sale type does not allow alternatives") }
        try checkNewName(name)
        var copy = alternatives[alternative]
        copy.alternative.id = nil
        copy.alternative.name = name
        copy.alternative.rank = alternatives.count + 1
        for index in copy.lines.indices {
            copy.lines[index].id = nil
            copy.lines[index].alternativeId = 0
        }
        alternatives.append(copy)
    }

    /// Renames the alternative at `alternative`.
    public mutating func renameAlternative(_ alternative: Int, to name: String) throws(QuoteError) {
        if alternatives[alternative].alternative.name == name { return }
        try checkNewName(name)
        alternatives[alternative].alternative.name = name
    }

    /// Removes the alternative at `alternative`; the last one cannot go. When the favourite goes,
    /// the first remaining alternative becomes the favourite.
    public mutating func removeAlternative(_ alternative: Int) throws(QuoteError) {
        guard alternatives.count > 1 else {
            throw QuoteError(.invalid, "'\(alternatives[alternative].alternative.name)' is the only alternative; a version keeps at least one")
        }
        let removed = alternatives.remove(at: alternative)
        for index in alternatives.indices { alternatives[index].alternative.rank = index + 1 }
        if removed.alternative.id == version.favouriteAlternativeId {
            version.favouriteAlternativeId = alternatives.first?.alternative.id
        }
    }

    /// Makes the alternative at `alternative` the favourite, the one that drives the sale amount.
    public mutating func setFavourite(_ alternative: Int) throws(QuoteError) {
        guard let id = alternatives[alternative].alternative.id else {
            throw QuoteError(.invalid, "alternative '\(alternatives[alternative].alternative.name)' is not saved yet")
        }
        version.favouriteAlternativeId = id
    }

    private mutating func renumberLines(of alternative: Int) {
        for index in alternatives[alternative].lines.indices {
            alternatives[alternative].lines[index].rank = index + 1
        }
    }

    private func checkNewName(_ name: String) throws(QuoteError) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed == name else { throw QuoteError(.invalid, "an alternative needs a name without leading or trailing spaces") }
        guard name.count <= 59 else { throw QuoteError(.invalid, "an alternative's name has at most 59 characters") }
        guard !alternatives.contains(where: { $0.alternative.name == name }) else {
            throw QuoteError(.invalid, "the version has an alternative '\(name)' already")
        }
    }
}
