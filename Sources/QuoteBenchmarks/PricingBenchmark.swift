import QuoteModel

/// Recalculating and validating a version in memory, under both rounding policies.
enum PricingBenchmark {
    static func run() throws {
        var generator = SyntheticQuote(seed: 2026)
        let standard = try generator.version(alternatives: 2, lines: 25)
        let large = try generator.version(alternatives: 1, lines: 1000)
        let saleType = SaleType(name: "Standard", maxDiscountPercent: 20, minEarningPercent: 10)
        let validator = QuoteValidator(context: ValidationContext(saleCurrency: .usd, saleType: saleType, today: LocalDate(year: 2026, month: 11, day: 26)!))

        print("Pricing (recalculate + validate a version; in memory, one core)")
        for (label, tree) in [("2 alternatives × 25 lines", standard), ("1 alternative × 1,000 lines", large)] {
            for policy in RoundingPolicy.allCases {
                let calculator = PriceCalculator(currency: .usd, policy: policy)
                let measurement = try Measurement("  \(label), \(policy.rawValue)") {
                    var priced = tree
                    for index in priced.alternatives.indices {
                        priced.alternatives[index] = try calculator.price(priced.alternatives[index]).alternative
                    }
                    _ = try validator.validated(priced)
                }
                print(measurement.line)
            }
        }
    }
}
