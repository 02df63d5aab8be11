/// What changed between two versions of a quote: per alternative, the lines added, removed and
/// changed, and the change in the alternative's totals; and the change in the favourite's total.
///
/// Lines are matched within an alternative of the same name: a line copied from a product by its
/// product code, a free-text line (no product, no code) by its name. When several lines share a
/// key they are paired in rank order. Every figure is an exact decimal; a difference is
/// `to − from`, with a missing side counted as zero.
public struct VersionDiff: Sendable, Hashable, Codable {
    /// An amount before and after; nil on the side where it does not exist.
    public struct AmountChange: Sendable, Hashable, Codable {
        public let from: ExactDecimal?
        public let to: ExactDecimal?

        public init(from: ExactDecimal?, to: ExactDecimal?) {
            self.from = from
            self.to = to
        }

        /// `to − from`, a missing side counting as zero.
        public var difference: ExactDecimal {
            get throws(ArithmeticOverflow) { try (to ?? .zero) - (from ?? .zero) }
        }

        /// True when the two sides differ in value (`5.00` and `5` do not).
        public var isChanged: Bool { from != to }

        enum CodingKeys: String, CodingKey { case from, to, difference }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            from = try container.decodeIfPresent(ExactDecimal.self, forKey: .from)
            to = try container.decodeIfPresent(ExactDecimal.self, forKey: .to)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(from, forKey: .from)
            try container.encodeIfPresent(to, forKey: .to)
            try container.encode(difference, forKey: .difference)
        }
    }

    /// The line fields a diff compares.
    public enum LineField: String, Sendable, Hashable, Codable, CaseIterable {
        case quantity
        case unitPrice
        case discountPercent
        case totalPrice

        func value(of line: QuoteLine) -> ExactDecimal {
            switch self {
            case .quantity: line.quantity
            case .unitPrice: line.unitListPrice
            case .discountPercent: line.discountPercent
            case .totalPrice: line.totalPrice
            }
        }
    }

    /// One changed field of a line.
    public struct FieldChange: Sendable, Hashable, Codable {
        public let field: LineField
        public let change: AmountChange

        public init(field: LineField, change: AmountChange) {
            self.field = field
            self.change = change
        }
    }

    /// A line present in both versions whose compared fields differ.
    public struct LineChange: Sendable, Hashable, Codable {
        /// The product code, empty for a free-text line.
        public let code: String
        public let name: String
        public let fromRank: Int
        public let toRank: Int
        public let fields: [FieldChange]

        public init(code: String, name: String, fromRank: Int, toRank: Int, fields: [FieldChange]) {
            self.code = code
            self.name = name
            self.fromRank = fromRank
            self.toRank = toRank
            self.fields = fields
        }
    }

    /// An alternative's figures that a diff compares.
    public enum TotalField: String, Sendable, Hashable, Codable, CaseIterable {
        case subTotal
        case totalPrice
        case vatAmount
        case totalPriceIncVAT

        func value(of alternative: QuoteAlternative) throws(ArithmeticOverflow) -> ExactDecimal {
            switch self {
            case .subTotal: alternative.subTotal
            case .totalPrice: alternative.totalPrice
            case .vatAmount: alternative.vatAmount
            case .totalPriceIncVAT: try alternative.totalPriceIncVAT
            }
        }
    }

    /// One total of an alternative, before and after (also when unchanged).
    public struct TotalChange: Sendable, Hashable, Codable {
        public let field: TotalField
        public let change: AmountChange

        public init(field: TotalField, change: AmountChange) {
            self.field = field
            self.change = change
        }
    }

    /// Whether an alternative is in both versions or only in one.
    public enum Presence: String, Sendable, Hashable, Codable {
        case both
        case added
        case removed
    }

    /// The differences within one alternative (matched by name).
    public struct AlternativeDiff: Sendable, Hashable, Codable {
        public let name: String
        public let presence: Presence
        /// Lines only in the newer version (all of them for an added alternative).
        public let addedLines: [QuoteLine]
        /// Lines only in the older version (all of them for a removed alternative).
        public let removedLines: [QuoteLine]
        public let changedLines: [LineChange]
        /// subTotal, totalPrice, vatAmount and totalPriceIncVAT, in that order.
        public let totals: [TotalChange]

        public init(name: String, presence: Presence, addedLines: [QuoteLine], removedLines: [QuoteLine], changedLines: [LineChange], totals: [TotalChange]) {
            self.name = name
            self.presence = presence
            self.addedLines = addedLines
            self.removedLines = removedLines
            self.changedLines = changedLines
            self.totals = totals
        }

        /// True when nothing in the alternative differs.
        public var isUnchanged: Bool {
            presence == .both && addedLines.isEmpty && removedLines.isEmpty && changedLines.isEmpty && totals.allSatisfy { !$0.change.isChanged }
        }

        /// The change of one total.
        public func total(_ field: TotalField) -> AmountChange? {
            totals.first { $0.field == field }?.change
        }
    }

    public let fromRank: Int
    public let toRank: Int
    /// The alternatives of the older version in their order, then those only in the newer one.
    public let alternatives: [AlternativeDiff]
    /// The favourite alternative's name in each version.
    public let fromFavourite: String?
    public let toFavourite: String?
    /// The favourite's totalPrice (the sale amount) in each version.
    public let favouriteTotal: AmountChange

    /// Compares version `from` (the older, usually) with version `to`; an ``ArithmeticOverflow``
    /// when a stored total and VAT add up past an exact decimal.
    public init(from old: VersionWithAlternatives, to new: VersionWithAlternatives) throws(ArithmeticOverflow) {
        fromRank = old.version.rank
        toRank = new.version.rank
        let oldFavourite = old.favourite?.alternative
        let newFavourite = new.favourite?.alternative
        fromFavourite = oldFavourite?.name
        toFavourite = newFavourite?.name
        favouriteTotal = AmountChange(from: oldFavourite?.totalPrice, to: newFavourite?.totalPrice)

        var result: [AlternativeDiff] = []
        var matchedNew = Set<Int>()
        for oldEntry in old.alternatives {
            if let index = new.alternatives.firstIndex(where: { $0.alternative.name == oldEntry.alternative.name }), !matchedNew.contains(index) {
                matchedNew.insert(index)
                result.append(try Self.compare(oldEntry, new.alternatives[index]))
            } else {
                result.append(try Self.compare(oldEntry, nil))
            }
        }
        for (index, newEntry) in new.alternatives.enumerated() where !matchedNew.contains(index) {
            result.append(try Self.compare(nil, newEntry))
        }
        alternatives = result
    }

    /// True when nothing compared differs.
    public var isEmpty: Bool {
        alternatives.allSatisfy(\.isUnchanged) && !favouriteTotal.isChanged && fromFavourite == toFavourite
    }

    /// The key lines are matched by: the product code, or the name of a free-text line.
    struct LineKey: Hashable {
        let isProduct: Bool
        let text: String

        init(_ line: QuoteLine) {
            if line.productId != nil || !line.code.isEmpty {
                isProduct = true
                text = line.code
            } else {
                isProduct = false
                text = line.name
            }
        }
    }

    static func compare(_ old: AlternativeWithLines?, _ new: AlternativeWithLines?) throws(ArithmeticOverflow) -> AlternativeDiff {
        let oldLines = old?.lines ?? []
        let newLines = new?.lines ?? []
        // Pair the n-th old line of a key with the n-th new line of the same key.
        var unmatchedNew: [LineKey: [QuoteLine]] = Dictionary(grouping: newLines, by: LineKey.init)
        var removed: [QuoteLine] = []
        var changed: [LineChange] = []
        for line in oldLines {
            let key = LineKey(line)
            guard var candidates = unmatchedNew[key], !candidates.isEmpty else {
                removed.append(line)
                continue
            }
            let match = candidates.removeFirst()
            unmatchedNew[key] = candidates
            let fields = LineField.allCases.compactMap { field -> FieldChange? in
                let change = AmountChange(from: field.value(of: line), to: field.value(of: match))
                return change.isChanged ? FieldChange(field: field, change: change) : nil
            }
            if !fields.isEmpty {
                changed.append(LineChange(code: match.code, name: match.name, fromRank: line.rank, toRank: match.rank, fields: fields))
            }
        }
        // What is left unmatched of the new lines, in their order.
        var remaining = unmatchedNew
        var added: [QuoteLine] = []
        for line in newLines {
            let key = LineKey(line)
            if let index = remaining[key]?.firstIndex(of: line) {
                remaining[key]!.remove(at: index)
                added.append(line)
            }
        }
        let totals = try TotalField.allCases.map { field throws(ArithmeticOverflow) in
            TotalChange(field: field, change: AmountChange(
                from: try old.map { entry throws(ArithmeticOverflow) in try field.value(of: entry.alternative) },
                to: try new.map { entry throws(ArithmeticOverflow) in try field.value(of: entry.alternative) }))
        }
        let presence: Presence = old == nil ? .added : (new == nil ? .removed : .both)
        return AlternativeDiff(
            name: (new ?? old)!.alternative.name, presence: presence, addedLines: added, removedLines: removed,
            changedLines: changed, totals: totals)
    }
}
