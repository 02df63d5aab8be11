extension UnsafeMutableBufferPointer<UInt8> {
    /// Writes the decimal digits of `value` right to left, the last just before `end`, and
    /// returns where the first is (at least one digit: zero writes "0").
    @inline(__always)
    func putDigits<Value: UnsignedInteger>(of value: Value, endingAt end: Int) -> Int {
        var start = end
        var rest = value
        repeat {
            start -= 1
            self[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
        return start
    }
}
