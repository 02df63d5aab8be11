/// The figures of one group of lines (SuperOffice's group/ merge fields): lines sharing a value
/// of the grouping field, e.g. one product category.
public struct GroupFigures: Sendable, Hashable, Codable {
    /// The grouping field's value for these lines (`Beverages`).
    public var groupField: String
    public var numLines: Int
    public var sumDiscountAmount: ExactDecimal
    public var sumTotalPrice: ExactDecimal
    public var sumVat: ExactDecimal

    /// Counts in one more line with these figures.
    mutating func add(discountAmount: ExactDecimal, totalPrice: ExactDecimal, vat: ExactDecimal) throws(ArithmeticOverflow) {
        numLines += 1
        try sumDiscountAmount += discountAmount
        try sumTotalPrice += totalPrice
        try sumVat += vat
    }
}

/// Every computed figure of one alternative: per line, per group and in total.
public struct AlternativeFigures: Sendable, Hashable, Codable {
    public var name: String
    public var isFavourite: Bool
    public var lines: [LineFigures]
    /// Groups by product category, in alphabetical order.
    public var groups: [GroupFigures]
    public var numLines: Int
    public var subTotal: ExactDecimal
    public var discountPercent: ExactDecimal
    public var discountAmount: ExactDecimal
    /// Every discount in the alternative: the lines' and the alternative's.
    public var sumDiscountAmount: ExactDecimal
    public var totalPrice: ExactDecimal
    public var vatAmount: ExactDecimal
    public var totalPriceIncVAT: ExactDecimal
    public var earningAmount: ExactDecimal?
    public var earningPercent: ExactDecimal?
    public var status: ValidationStatus
    public var reason: String
}

/// Every computed figure of a version. The version's totals are its favourite alternative's.
public struct VersionFigures: Sendable, Hashable, Codable {
    public var currency: Currency
    public var roundingPolicy: RoundingPolicy
    public var favourite: String?
    public var totalPrice: ExactDecimal
    public var vatAmount: ExactDecimal
    public var totalPriceIncVAT: ExactDecimal
    public var earningAmount: ExactDecimal?
    public var earningPercent: ExactDecimal?
    public var status: ValidationStatus
    public var reason: String
    public var alternatives: [AlternativeFigures]
}

extension PriceCalculator {
    /// Every figure of a priced version, for showing and for documents. The lines' and
    /// alternatives' stored figures are used as they are; the per-line VAT shares and the group
    /// sums are derived here (SuperOffice never stores VAT amounts). Stored figures whose sums
    /// are too large for an exact decimal are an ``ArithmeticOverflow``.
    public func figures(for version: VersionWithAlternatives) throws(ArithmeticOverflow) -> VersionFigures {
        let favouriteId = version.favourite?.alternative.id
        let alternatives = try version.alternatives.enumerated().map { index, entry throws(ArithmeticOverflow) in
            let header = entry.alternative
            let lines = try lineFigures(entry.lines, subTotal: entry.lines.sum(\.totalPrice), discount: header.discountAmount)
            return AlternativeFigures(
                name: header.name,
                isFavourite: favouriteId == nil ? index == 0 : header.id == favouriteId,
                lines: lines,
                groups: try groups(entry.lines, lines),
                numLines: entry.lines.count,
                subTotal: header.subTotal,
                discountPercent: header.discountPercent,
                discountAmount: header.discountAmount,
                sumDiscountAmount: try money(entry.lines.sum(\.discountAmount, startingAt: header.discountAmount)),
                totalPrice: header.totalPrice,
                vatAmount: header.vatAmount,
                totalPriceIncVAT: try header.totalPriceIncVAT,
                earningAmount: header.earningAmount,
                earningPercent: header.earningPercent,
                status: header.status,
                reason: header.reason)
        }
        let favourite = alternatives.first(where: \.isFavourite)
        return VersionFigures(
            currency: currency, roundingPolicy: policy, favourite: favourite?.name,
            totalPrice: favourite?.totalPrice ?? .zero, vatAmount: favourite?.vatAmount ?? .zero,
            totalPriceIncVAT: favourite?.totalPriceIncVAT ?? .zero,
            earningAmount: favourite?.earningAmount, earningPercent: favourite?.earningPercent,
            status: version.version.status, reason: version.version.reason, alternatives: alternatives)
    }

    /// Lines grouped by product category (uncategorised lines under ""), sorted by name.
    func groups(_ lines: [QuoteLine], _ figures: [LineFigures]) throws(ArithmeticOverflow) -> [GroupFigures] {
        var groups: [GroupFigures] = []
        var positions: [String: Int] = [:]
        // By index: a quote line is a large struct, and `zip` would copy each one out.
        for index in 0..<min(lines.count, figures.count) {
            let category = lines[index].productCategory
            // One lookup a line; the group is added to in place, never copied out and back.
            let position: Int
            if let known = positions[category] {
                position = known
            } else {
                position = groups.count
                positions[category] = position
                groups.append(GroupFigures(groupField: category, numLines: 0, sumDiscountAmount: .zero, sumTotalPrice: .zero, sumVat: .zero))
            }
            try groups[position].add(discountAmount: lines[index].discountAmount, totalPrice: lines[index].totalPrice, vat: figures[index].vatAmount)
        }
        return groups.sorted { $0.groupField < $1.groupField }
    }
}
