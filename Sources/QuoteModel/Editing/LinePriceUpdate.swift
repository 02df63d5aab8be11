/// The price fields of a line that a price update refreshes from where the line's product
/// comes from (the catalogue or the ERP).
public enum LinePriceField: String, Sendable, Hashable, Codable, CaseIterable {
    case listPrice
    case cost
    case minimumPrice

    /// The line's value of this field.
    func value(of line: QuoteLine) -> ExactDecimal? {
        switch self {
        case .listPrice: line.unitListPrice
        case .cost: line.unitCost
        case .minimumPrice: line.unitMinimumPrice
        }
    }

    /// Sets this field of `line`; a list price is never unset.
    func set(_ value: ExactDecimal?, on line: inout QuoteLine) {
        switch self {
        case .listPrice: if let value { line.unitListPrice = value }
        case .cost: line.unitCost = value
        case .minimumPrice: line.unitMinimumPrice = value
        }
    }
}

/// What the source of a line's product says about it in a price update.
public enum LinePriceSource: Sendable, Hashable {
    /// The product's current figures, for the fields the source provides (a field present with
    /// nil: the product has no such figure now). Fields absent are left as the line has them.
    case prices([LinePriceField: ExactDecimal?])
    /// The product is no longer to be had, for `reason` (retired, removed, unknown to the ERP):
    /// the line is reported and left as it is.
    case unavailable(reason: String)
    /// The line has no product to update from (a free-text line).
    case noProduct
}

/// One field of one line that a price update changed.
public struct LinePriceChange: Sendable, Hashable, Codable {
    public let alternative: String
    public let rank: Int
    public let code: String
    public let field: LinePriceField
    public let old: ExactDecimal?
    public let new: ExactDecimal?

    public init(alternative: String, rank: Int, code: String, field: LinePriceField, old: ExactDecimal?, new: ExactDecimal?) {
        self.alternative = alternative
        self.rank = rank
        self.code = code
        self.field = field
        self.old = old
        self.new = new
    }
}

/// A line a price update left as it was because its product is no longer to be had.
public struct LinePriceProblem: Sendable, Hashable, Codable {
    public let alternative: String
    public let rank: Int
    public let code: String
    public let name: String
    public let reason: String

    public init(alternative: String, rank: Int, code: String, name: String, reason: String) {
        self.alternative = alternative
        self.rank = rank
        self.code = code
        self.name = name
        self.reason = reason
    }
}

extension VersionWithAlternatives {
    /// Refreshes the list price, cost and minimum price of every line from what `source` says of
    /// its product, and returns each field that changed and each line whose product is no longer
    /// to be had (those lines keep their figures). Repricing follows separately.
    public mutating func updatePrices(from source: (QuoteLine) -> LinePriceSource) -> (changes: [LinePriceChange], problems: [LinePriceProblem]) {
        var changes: [LinePriceChange] = []
        var problems: [LinePriceProblem] = []
        for alternative in alternatives.indices {
            let name = alternatives[alternative].alternative.name
            for index in alternatives[alternative].lines.indices {
                var line = alternatives[alternative].lines[index]
                switch source(line) {
                case .noProduct:
                    continue
                case .unavailable(let reason):
                    problems.append(LinePriceProblem(alternative: name, rank: line.rank, code: line.code, name: line.name, reason: reason))
                case .prices(let prices):
                    for field in LinePriceField.allCases {
                        guard let new = prices[field], field.value(of: line) != new, field != .listPrice || new != nil else { continue }
                        changes.append(LinePriceChange(alternative: name, rank: line.rank, code: line.code, field: field, old: field.value(of: line), new: new))
                        field.set(new, on: &line)
                    }
                    alternatives[alternative].lines[index] = line
                }
            }
        }
        return (changes, problems)
    }
}
