extension String {
    /// The text without leading and trailing white space (line breaks and no-break spaces
    /// included); the string itself when it has none, as most cells do. Foundation's
    /// `trimmingCharacters(in:)` costs a bridge through NSString for every cell.
    var trimmed: String {
        guard let first = first, let last = last else { return self }
        guard first.isWhitespace || last.isWhitespace else { return self }
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }
}
