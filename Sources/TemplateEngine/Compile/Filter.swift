import ExactValues

/// How a date is printed: the culture's short or long form, or ISO 8601 (`2026-11-26`).
enum DateFilterStyle: String, CaseIterable, Sendable {
    case short, long, iso
}

/// How many decimals the `money` and `plain` filters print.
enum DecimalPlaces: Sendable, Equatable {
    /// The currency's minor unit for money; every decimal a plain number has.
    case natural
    case fixed(Int)
    /// A unit price (`"unit"`): at least the currency's minor unit, and every further decimal the
    /// price carries (1234.567 USD, 1234.5 JPY), so price × quantity gives the printed line total.
    case unitPrice
}

/// A filter resolved at compile time, with its arguments.
enum Filter: Sendable {
    /// Money in the culture's format, with the currency's decimals, the given ones, or a unit
    /// price's.
    case money(DecimalPlaces)
    /// A number in the culture's format (SuperOffice's `:0`, `:2`, `:5`).
    case number(decimals: Int?)
    /// A percentage in the culture's format (12.5 prints as "12.50 %").
    case percent(decimals: Int)
    case date(DateFilterStyle)
    /// A number as plain invariant text (`1234.50`), as XML wants it.
    case plain(DecimalPlaces)
    /// The ISO 4217 code of a money value.
    case currency
    case defaultValue(CompiledExpression)
    case upper, lower, trim
    /// An image as a `data:` URI.
    case image
    /// Marks text as safe: printed without escaping.
    case raw
    case join(String)
    case count
    case first, last
    case sortBy(field: Int, descending: Bool)
    case groupBy(field: Int, groupType: ObjectType)
    case sum(field: Int)

    static let names = ["money", "number", "percent", "date", "plain", "currency", "default", "upper", "lower", "trim", "image", "raw", "join", "count", "length", "first", "last", "sortby", "groupby", "sum"]

    /// The object type of a group made by `groupby`: the shared value, the items, their count.
    static func groupType(of element: ObjectType, by field: ObjectType.Field) -> ObjectType {
        ObjectType("group of \(element.name) by \(field.name)", fields: [
            .init("groupField", field.type, "the value the items of this group share"),
            .init("items", .list(.object(element)), "the items of this group, in order"),
            .init("count", .integer, "how many items the group has"),
        ])
    }
}

extension DecimalPlaces {
    /// The decimals to print `number` with; `minorUnits` is its currency's, nil for a plain
    /// number. Nil means every decimal the number has.
    func decimals(for number: ExactDecimal, minorUnits: Int?) -> Int? {
        switch self {
        case .natural: minorUnits
        case .fixed(let decimals): decimals
        case .unitPrice: max(minorUnits ?? 0, number.normalized.scale)
        }
    }
}
