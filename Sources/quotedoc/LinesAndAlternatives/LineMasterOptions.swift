import ArgumentParser
import QuoteModel

/// The five linked price fields of a line. At most one may be given; it becomes the line's master
/// (its ``ValueOverride``) with that value, and the calculator derives the other four from it.
struct LineMasterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Discount as a percentage of the list value (becomes the master).", valueName: "percent"))
    var discountPercent: ExactDecimal?
    @Option(help: ArgumentHelp("Discount as an amount (becomes the master).", valueName: "amount"))
    var discountAmount: ExactDecimal?
    @Option(name: .customLong("total"), help: ArgumentHelp("The line total after discount (becomes the master).", valueName: "amount"))
    var totalPrice: ExactDecimal?
    @Option(help: ArgumentHelp("Earning as a percentage of the total (becomes the master; needs a cost).", valueName: "percent"))
    var earningPercent: ExactDecimal?
    @Option(help: ArgumentHelp("Earning as an amount (becomes the master; needs a cost).", valueName: "amount"))
    var earningAmount: ExactDecimal?

    /// Each option with the field it sets.
    private var options: [(name: String, field: ValueOverride, value: ExactDecimal?)] {
        [
            ("--discount-percent", .discountPercent, discountPercent),
            ("--discount-amount", .discountAmount, discountAmount),
            ("--total", .totalPrice, totalPrice),
            ("--earning-percent", .earningPercent, earningPercent),
            ("--earning-amount", .earningAmount, earningAmount),
        ]
    }

    /// The master given and its value; nil when none is.
    var given: (field: ValueOverride, value: ExactDecimal)? {
        options.first { $0.value != nil }.map { ($0.field, $0.value!) }
    }

    func validate() throws {
        try refuseNegative(["--discount-percent": discountPercent, "--discount-amount": discountAmount, "--total": totalPrice])
        let given = options.filter { $0.value != nil }.map(\.name)
        if given.count > 1 {
            throw ValidationError("give at most one of --discount-percent, --discount-amount, --total, --earning-percent and --earning-amount (got \(given.joined(separator: ", ")))")
        }
    }

    /// Makes the given field the line's master with its value; without one, the line is unchanged.
    func apply(to line: inout QuoteLine) {
        guard let (field, value) = given else { return }
        switch field {
        case .discountPercent: line.discountPercent = value
        case .discountAmount: line.discountAmount = value
        case .totalPrice: line.totalPrice = value
        case .earningPercent: line.earningPercent = value
        case .earningAmount: line.earningAmount = value
        case .none: return
        }
        line.valueOverride = field
    }
}
