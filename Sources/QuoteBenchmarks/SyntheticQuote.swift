import QuoteModel

/// Deterministic synthetic quote versions for benchmarks: varied prices, quantities, costs,
/// discounts (percent, amount and total masters) and VAT rates, the same on every run.
struct SyntheticQuote {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func decimal(upTo limit: UInt64, scale: Int) -> ExactDecimal {
        ExactDecimal(significand: Int128(next() % limit), scale: scale)
    }

    /// A draft version with `alternatives` alternatives of `lines` lines each.
    mutating func version(alternatives: Int, lines: Int) throws(ArithmeticOverflow) -> VersionWithAlternatives {
        let vatRates: [ExactDecimal] = [0, 6, 12, 25]
        let categories = ["Beverages", "Condiments", "Confections", "Dairy Products", "Seafood"]
        var tree = VersionWithAlternatives(version: QuoteVersion(id: 1, quoteId: 1, favouriteAlternativeId: 1), alternatives: [])
        for alternativeIndex in 0..<alternatives {
            var alternative = QuoteAlternative(id: Int64(alternativeIndex + 1), versionId: 1, rank: alternativeIndex + 1, name: "Option \(alternativeIndex + 1)")
            alternative.discountPercent = decimal(upTo: 1000, scale: 2)
            alternative.valueOverride = .discountPercent
            var quoteLines: [QuoteLine] = []
            for rank in 1...lines {
                let listPrice = try decimal(upTo: 100_000, scale: 2) + 1
                var line = QuoteLine(
                    alternativeId: alternative.id!, rank: rank, code: "P\(rank)", name: "Product \(rank)",
                    productCategory: categories[Int(next() % UInt64(categories.count))],
                    vatPercent: vatRates[Int(next() % UInt64(vatRates.count))],
                    unitCost: try listPrice * ExactDecimal(significand: 6, scale: 1),
                    unitListPrice: listPrice, quantity: try decimal(upTo: 50, scale: 0) + 1)
                switch next() % 3 {
                case 0:
                    line.discountPercent = decimal(upTo: 2500, scale: 2)
                    line.valueOverride = .discountPercent
                case 1:
                    line.discountAmount = try (listPrice * line.quantity).percent(decimal(upTo: 20, scale: 0)).rounded(scale: 2)
                    line.valueOverride = .discountAmount
                default:
                    line.totalPrice = try (listPrice * line.quantity).percent(decimal(upTo: 20, scale: 0) + 80).rounded(scale: 2)
                    line.valueOverride = .totalPrice
                }
                quoteLines.append(line)
            }
            tree.alternatives.append(AlternativeWithLines(alternative: alternative, lines: quoteLines))
        }
        return tree
    }
}
