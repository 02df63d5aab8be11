import ExactValues

/// Equality and order of template values, as `==`, `<` and the sorting filters use them.
enum ValueComparison {
    static func compare(_ left: TemplateValue, _ right: TemplateValue, _ comparison: ComparisonOperator) -> Bool {
        guard let order = order(left, right) else {
            // Unordered (null against a value, or different kinds): only "not equal" holds.
            switch comparison {
            case .notEqual: return !(isNull(left) && isNull(right))
            case .equal: return isNull(left) && isNull(right)
            default: return false
            }
        }
        switch comparison {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessOrEqual: return order <= 0
        case .greater: return order > 0
        case .greaterOrEqual: return order >= 0
        }
    }

    static func isNull(_ value: TemplateValue) -> Bool {
        if case .null = value { return true }
        return false
    }

    /// -1, 0 or 1, or nil when the two cannot be compared.
    static func order(_ left: TemplateValue, _ right: TemplateValue) -> Int? {
        func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
        switch (left, right) {
        case (.string(let a), .string(let b)): return sign(a, b)
        case (.bool(let a), .bool(let b)): return sign(a ? 1 : 0, b ? 1 : 0)
        case (.date(let a), .date(let b)): return sign(a, b)
        case (.money(let a, let x), .money(let b, let y)): return x == y ? sign(a, b) : nil
        case (.money(let a, _), _): return number(right).map { sign(a, $0) }
        case (_, .money(let b, _)): return number(left).map { sign($0, b) }
        default:
            guard let a = number(left), let b = number(right) else { return nil }
            return sign(a, b)
        }
    }

    static func number(_ value: TemplateValue) -> ExactDecimal? {
        switch value {
        case .integer(let number): ExactDecimal(number)
        case .decimal(let number): number
        default: nil
        }
    }
}
