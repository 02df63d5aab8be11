import Foundation
import QuoteModel

/// A JSON value as Tryton's JSON-RPC sends and receives it. Tryton encodes what JSON lacks as
/// objects with a `__class__`: a decimal is `{"__class__": "Decimal", "decimal": "18.00"}`, a
/// date `{"__class__": "date", "year": 2026, "month": 12, "day": 4}`; ``decimal`` and
/// ``date(_:)`` make and read them, so amounts never pass through binary floating point.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    /// A JSON number with a fraction, kept as its text (Tryton's float fields, such as quantities).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Tryton's encoding of an exact decimal.
    public static func decimal(_ value: ExactDecimal) -> JSONValue {
        .object(["__class__": .string("Decimal"), "decimal": .string(value.description)])
    }

    /// Tryton's encoding of a calendar day.
    public static func date(_ day: LocalDate) -> JSONValue {
        .object(["__class__": .string("date"), "year": .integer(Int64(day.year)), "month": .integer(Int64(day.month)), "day": .integer(Int64(day.day))])
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    public var array: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    /// An exact decimal from a Tryton Decimal object, an integer or a JSON number's text.
    public var exactDecimal: ExactDecimal? {
        switch self {
        case .integer(let value): ExactDecimal(String(value))
        case .number(let text): ExactDecimal(text)
        case .object(let members) where members["__class__"]?.string == "Decimal": members["decimal"]?.string.flatMap { ExactDecimal($0) }
        default: nil
        }
    }

    /// True for JSON null (and Tryton's `false` for an empty relation or number).
    public var isEmpty: Bool {
        switch self {
        case .null, .bool(false): true
        default: false
        }
    }
}
