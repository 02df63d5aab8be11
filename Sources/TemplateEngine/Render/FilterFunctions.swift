import ExactValues

/// What each filter does to a value at render time. An absent value stays absent.
enum FilterFunctions {
    static func apply(_ filter: Filter, to value: TemplateValue, culture: Culture) -> TemplateValue {
        switch filter {
        case .money, .number, .percent, .date, .plain, .currency:
            var text: String?
            _ = write(filter, value, culture: culture) { text = String(decoding: $0, as: UTF8.self) }
            return text.map(TemplateValue.string) ?? .null
        case .defaultValue:
            return value  // resolved by the renderer, which can evaluate the fallback
        case .upper, .lower, .trim:
            guard case .string(let text) = value else { return .null }
            switch filter {
            case .upper: return .string(text.uppercased())
            case .lower: return .string(text.lowercased())
            default: return .string(text.trimmingSpaces)
            }
        case .image:
            guard case .image(let image) = value else { return .null }
            return .string(DataURI.text(of: image))
        case .raw:
            return value
        case .join(let separator):
            guard case .list(let items) = value else { return .null }
            return .string(items.compactMap { if case .string(let text) = $0, !text.isEmpty { text } else { nil } }.joined(separator: separator))
        case .count:
            guard case .list(let items) = value else { return .integer(0) }
            return .integer(items.count)
        case .first, .last:
            guard case .list(let items) = value else { return .null }
            return (filter.isFirst ? items.first : items.last) ?? .null
        case .sortBy(let field, let descending):
            guard case .list(let items) = value else { return .list([]) }
            return .list(sorted(items, by: field, descending: descending))
        case .groupBy(let field, let groupType):
            guard case .list(let items) = value else { return .list([]) }
            return .list(grouped(items, by: field, into: groupType))
        case .sum(let field):
            guard case .list(let items) = value else { return .null }
            return sum(items.map { fieldValue($0, field) })
        }
    }

    /// Hands what a formatting filter (money, number, percent, date, plain, currency) prints for
    /// `value` to `write`, straight from a stack buffer; nothing for a value it does not format.
    /// False when `filter` is not a formatting filter: the caller applies it.
    static func write(_ filter: Filter, _ value: TemplateValue, culture: Culture, _ write: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        switch filter {
        case .money(let places):
            guard case .money(let amount, let currency) = value else { return true }
            culture.formatMoney(amount, currency: currency, decimals: places.decimals(for: amount, minorUnits: currency.minorUnits), write)
        case .number(let decimals):
            guard let number = number(value) else { return true }
            culture.formatNumber(number, decimals: decimals, write)
        case .percent(let decimals):
            guard let number = number(value) else { return true }
            culture.formatPercent(number, decimals: decimals, write)
        case .date(let style):
            guard case .date(let date) = value else { return true }
            switch style {
            case .short: culture.formatDate(date, style: .short, write)
            case .long: culture.formatDate(date, style: .long, write)
            case .iso:
                var text = date.description
                text.withUTF8(write)
            }
        case .plain(let places):
            guard let number = number(value) else { return true }
            let minorUnits: Int? = if case .money(_, let currency) = value { currency.minorUnits } else { nil }
            number.withPlainText(decimals: places.decimals(for: number, minorUnits: minorUnits), write)
        case .currency:
            guard case .money(_, let currency) = value else { return true }
            var code = currency.code
            code.withUTF8(write)
        default:
            return false
        }
        return true
    }

    static func number(_ value: TemplateValue) -> ExactDecimal? {
        switch value {
        case .integer(let number): ExactDecimal(number)
        case .decimal(let number), .money(let number, _): number
        default: nil
        }
    }

    static func fieldValue(_ item: TemplateValue, _ field: Int) -> TemplateValue {
        guard case .object(let object) = item else { return .null }
        return object.withValue(at: field) { $0 }
    }

    /// A stable sort by a field; absent values last.
    static func sorted(_ items: [TemplateValue], by field: Int, descending: Bool) -> [TemplateValue] {
        let keyed = items.enumerated().map { (offset: $0.offset, key: fieldValue($0.element, field), item: $0.element) }
        return keyed.sorted { a, b in
            switch (ValueComparison.isNull(a.key), ValueComparison.isNull(b.key)) {
            case (true, true): return a.offset < b.offset
            case (true, false): return false
            case (false, true): return true
            default:
                let order = ValueComparison.order(a.key, b.key) ?? 0
                if order == 0 { return a.offset < b.offset }
                return descending ? order > 0 : order < 0
            }
        }.map(\.item)
    }

    /// Groups in order of their shared value (absent last), items in their original order.
    static func grouped(_ items: [TemplateValue], by field: Int, into groupType: ObjectType) -> [TemplateValue] {
        var groups: [(key: TemplateValue, items: [TemplateValue])] = []
        for item in sorted(items, by: field, descending: false) {
            let key = fieldValue(item, field)
            if let last = groups.last, ValueComparison.compare(last.key, key, .equal) {
                groups[groups.count - 1].items.append(item)
            } else {
                groups.append((key, [item]))
            }
        }
        return groups.map { group in
            .object(TemplateObject(groupType, values: [group.key, .list(group.items), .integer(group.items.count)]))
        }
    }

    /// The exact sum of numbers of one kind; money of different currencies does not add up, nor
    /// does a sum too large for an exact decimal (both are absent, as the renderer has no errors).
    static func sum(_ values: [TemplateValue]) -> TemplateValue {
        var total: TemplateValue = .null
        for value in values {
            switch (total, value) {
            case (_, .null): continue
            case (.null, _): total = value
            case (.integer(let a), .integer(let b)): total = .integer(a &+ b)
            case (.money(let a, let x), .money(let b, let y)):
                guard x == y, let sum = try? a + b else { return .null }
                total = .money(sum, x)
            default:
                guard let a = number(total), let b = number(value), let sum = try? a + b else { return .null }
                total = .decimal(sum)
            }
        }
        return total
    }
}

extension Filter {
    var isFirst: Bool {
        if case .first = self { return true }
        return false
    }
}
