/// An alternative together with its lines, in rank order.
public struct AlternativeWithLines: Sendable, Hashable, Codable {
    public var alternative: QuoteAlternative
    public var lines: [QuoteLine]

    public init(alternative: QuoteAlternative, lines: [QuoteLine]) {
        self.alternative = alternative
        self.lines = lines
    }
}

/// A quote version with all its alternatives and lines: the unit that is priced, validated,
/// rendered and sent.
public struct VersionWithAlternatives: Sendable, Hashable, Codable {
    public var version: QuoteVersion
    public var alternatives: [AlternativeWithLines]

    public init(version: QuoteVersion, alternatives: [AlternativeWithLines]) {
        self.version = version
        self.alternatives = alternatives
    }

    /// The favourite alternative, or the first when none is marked.
    public var favourite: AlternativeWithLines? {
        alternatives.first { $0.alternative.id != nil && $0.alternative.id == version.favouriteAlternativeId }
            ?? alternatives.first
    }
}
