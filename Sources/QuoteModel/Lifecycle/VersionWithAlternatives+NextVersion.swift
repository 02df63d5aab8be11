extension VersionWithAlternatives {
    /// Version `rank` as a new draft copy of this one: the same alternatives and lines, not yet
    /// stored (no ids), with no state history of its own (no archived state, sent or expiration
    /// date, or approval).
    public func draftCopy(rank: Int) -> VersionWithAlternatives {
        var copy = self
        copy.version.id = nil
        copy.version.rank = rank
        copy.version.state = .draft
        copy.version.archivedState = nil
        copy.version.sentDate = nil
        copy.version.expirationDate = nil
        copy.version.approval = Approval()
        for index in copy.alternatives.indices {
            copy.alternatives[index].alternative.id = nil
            for line in copy.alternatives[index].lines.indices { copy.alternatives[index].lines[line].id = nil }
        }
        return copy
    }
}
