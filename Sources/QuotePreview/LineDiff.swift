/// A line-by-line comparison of two texts: each line kept, removed (only in the old text) or
/// added (only in the new), in order.
struct LineDiff: Sendable {
    enum Line: Sendable, Equatable {
        case kept(String)
        case removed(String)
        case added(String)
    }

    let lines: [Line]

    init(old: String, new: String) {
        let before = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let after = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let difference = after.difference(from: before)
        var removed: Set<Int> = []
        var inserted: [Int: String] = [:]
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, let element, _): inserted[offset] = element
            }
        }
        // Walk both texts: a removed line of the old text, then the new text's lines in order.
        var lines: [Line] = []
        var oldIndex = 0
        for (newIndex, line) in after.enumerated() {
            if let added = inserted[newIndex] {
                while oldIndex < before.count, removed.contains(oldIndex) { lines.append(.removed(before[oldIndex])); oldIndex += 1 }
                lines.append(.added(added))
                continue
            }
            while oldIndex < before.count, removed.contains(oldIndex) { lines.append(.removed(before[oldIndex])); oldIndex += 1 }
            lines.append(.kept(line))
            oldIndex += 1
        }
        while oldIndex < before.count { lines.append(.removed(before[oldIndex])); oldIndex += 1 }
        self.lines = lines
    }

    /// True when the texts are the same.
    var isEmpty: Bool { lines.allSatisfy { if case .kept = $0 { true } else { false } } }

    var addedCount: Int { lines.filter { if case .added = $0 { true } else { false } }.count }
    var removedCount: Int { lines.filter { if case .removed = $0 { true } else { false } }.count }
}
