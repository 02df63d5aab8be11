/// The type of a value in a template's data contract. Templates are checked against these
/// types before they run: an unknown field, a filter on the wrong type or a loop over something
/// that is not a list is a compile error.
public indirect enum ValueType: Sendable, Hashable, CustomStringConvertible {
    case string
    case bool
    case integer
    /// An exact decimal number (a quantity, a percentage).
    case decimal
    /// An exact amount in a currency.
    case money
    /// A calendar day.
    case date
    /// A picture, printed with the `image` filter as a data URI.
    case image
    case list(ValueType)
    case object(ObjectType)
    /// A value that may be absent (null); it prints as nothing.
    case optional(ValueType)

    public var description: String {
        switch self {
        case .string: "string"
        case .bool: "bool"
        case .integer: "integer"
        case .decimal: "decimal"
        case .money: "money"
        case .date: "date"
        case .image: "image"
        case .list(let element): "list of \(element)"
        case .object(let object): object.name
        case .optional(let wrapped): "optional \(wrapped)"
        }
    }

    /// The type without its optional wrapper.
    public var unwrapped: ValueType {
        if case .optional(let wrapped) = self { return wrapped.unwrapped }
        return self
    }

    var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// The element type when this is a list.
    var listElement: ValueType? {
        if case .list(let element) = unwrapped { return element }
        return nil
    }

    /// The object type when this is an object.
    var objectType: ObjectType? {
        if case .object(let object) = unwrapped { return object }
        return nil
    }

    var isNumeric: Bool {
        switch unwrapped {
        case .integer, .decimal, .money: true
        default: false
        }
    }

    /// Whether values of this type can be ordered and grouped (strings, numbers, dates, bools).
    var isOrderable: Bool {
        switch unwrapped {
        case .string, .integer, .decimal, .money, .date, .bool: true
        default: false
        }
    }
}

/// A named object type: its fields in a fixed order, each with a type and a meaning. Values of
/// the type store their fields in that order, so a compiled template reads a field by position.
public final class ObjectType: Sendable, Hashable, CustomStringConvertible {
    /// One field of an object type.
    public struct Field: Sendable, Hashable {
        public let name: String
        public let type: ValueType
        /// What the field means, for designers (`quotedoc templates fields`).
        public let meaning: String

        public init(_ name: String, _ type: ValueType, _ meaning: String = "") {
            self.name = name
            self.type = type
            self.meaning = meaning
        }
    }

    public let name: String
    public let fields: [Field]
    let indexByName: [String: Int]

    /// An object type; field names must be unique.
    public init(_ name: String, fields: [Field]) {
        self.name = name
        self.fields = fields
        var index: [String: Int] = [:]
        for (position, field) in fields.enumerated() {
            precondition(index[field.name] == nil, "duplicate field '\(field.name)' in \(name)")
            index[field.name] = position
        }
        indexByName = index
    }

    /// The position of field `name`, if the type has it.
    public func index(of name: String) -> Int? { indexByName[name] }

    public var description: String { name }

    public static func == (lhs: ObjectType, rhs: ObjectType) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
