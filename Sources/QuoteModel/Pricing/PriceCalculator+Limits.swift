extension PriceCalculator {
    /// The largest quantity a line may have.
    public static let maximumQuantity = ExactDecimal(1_000_000_000)
    /// The largest unit price (list, cost or minimum) a line may have.
    public static let maximumUnitPrice = ExactDecimal(1_000_000_000_000)
    /// The largest amount a line may have: ``maximumUnitPrice`` × ``maximumQuantity``.
    public static let maximumLineAmount = ExactDecimal(significand: 1_000_000_000_000_000_000_000, scale: 0)
    /// The most fraction digits an entered quantity or price may have.
    public static let maximumInputScale = 6

    /// Refuses figures no quote can mean: negative or huge quantities and prices, discounts
    /// outside 0–100 %, VAT outside 0–100 %, more than six decimals.
    func checkInput(_ line: QuoteLine) throws(QuoteError) {
        let name = "line \(line.rank)"
        func check(_ value: ExactDecimal?, _ field: String, within range: ClosedRange<ExactDecimal>) throws(QuoteError) {
            guard let value else { return }
            guard range.contains(value) else {
                throw QuoteError(.invalid, "\(name): \(field) \(value) is outside \(range.lowerBound) to \(range.upperBound)")
            }
            guard value.normalized.scale <= Self.maximumInputScale else {
                throw QuoteError(.invalid, "\(name): \(field) \(value) has more than \(Self.maximumInputScale) decimals")
            }
        }
        try check(line.quantity, "quantity", within: 0...Self.maximumQuantity)
        try check(line.subscriptionQuantity, "subscription quantity", within: 0...Self.maximumQuantity)
        try check(line.unitListPrice, "unit list price", within: 0...Self.maximumUnitPrice)
        try check(line.unitCost, "unit cost", within: 0...Self.maximumUnitPrice)
        try check(line.unitMinimumPrice, "unit minimum price", within: 0...Self.maximumUnitPrice)
        try check(line.vatPercent, "VAT %", within: 0...ExactDecimal.hundred)
        switch line.valueOverride {
        case .none, .discountPercent:
            try check(line.discountPercent, "discount %", within: 0...ExactDecimal.hundred)
            try check(line.erpDiscountPercent, "ERP discount %", within: 0...ExactDecimal.hundred)
        case .discountAmount:
            try check(line.discountAmount, "discount amount", within: 0...Self.maximumLineAmount)
        case .totalPrice:
            try check(line.totalPrice, "total price", within: 0...Self.maximumLineAmount)
        case .earningAmount:
            try check(line.earningAmount, "earning amount", within: -Self.maximumLineAmount...Self.maximumLineAmount)
        case .earningPercent:
            try check(line.earningPercent, "earning %", within: -(Self.maximumUnitPrice)...ExactDecimal.hundred)
        }
    }
}
