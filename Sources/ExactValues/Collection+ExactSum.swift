extension Collection {
    /// The exact sum of `value` over the elements, added to `start` (zero unless given); an
    /// ``ArithmeticOverflow`` when it does not fit. Elements are read in place by index, not
    /// copied out one by one as a `for`-`in` loop would (a quote line is a large struct).
    @inlinable
    public func sum(_ value: (Element) -> ExactDecimal, startingAt start: ExactDecimal = .zero) throws(ArithmeticOverflow) -> ExactDecimal {
        var total = start
        var index = startIndex
        while index != endIndex {
            total = try total + value(self[index])
            formIndex(after: &index)
        }
        return total
    }
}
