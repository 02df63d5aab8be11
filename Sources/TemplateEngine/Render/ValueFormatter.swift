import ExactValues

/// How a value prints when no filter says otherwise: numbers, money and dates in the culture's
/// format, absent values as nothing.
enum ValueFormatter {
    static func text(of value: TemplateValue, culture: Culture) -> String {
        switch value {
        case .null: ""
        case .string(let text): text
        case .integer(let number): String(number)
        case .decimal(let number): culture.formatNumber(number, decimals: nil)
        case .money(let amount, let currency): culture.formatMoney(amount, currency: currency)
        case .date(let date): culture.formatDate(date, style: .short)
        case .bool(let flag): flag ? "true" : "false"
        case .image, .list, .object: ""
        }
    }
}
