extension Sequence {
    /// The exact sum of `value` over the elements, added to `start` (zero unless given); an
    /// ``ArithmeticOverflow`` when it does not fit.
    public func sum(_ value: (Element) -> ExactDecimal, startingAt start: ExactDecimal = .zero) throws(ArithmeticOverflow) -> ExactDecimal {
        var total = start
        for element in self { total = try total + value(element) }
        return total
    }
}
