import ExactValues

/// A value a template reads: the data a document is made from.
public enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case decimal(ExactDecimal)
    case money(ExactDecimal, Currency)
    case string(String)
    case date(LocalDate)
    case image(TemplateImage)
    case list([TemplateValue])
    case object(TemplateObject)

    /// Truth in `if`: false, null, zero, "" and empty lists are false.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .integer(let value): value != 0
        case .decimal(let value), .money(let value, _): !value.isZero
        case .string(let value): !value.isEmpty
        case .date, .image, .object: true
        case .list(let items): !items.isEmpty
        }
    }
}

/// An image carried in the data: its media type and bytes.
public struct TemplateImage: Sendable, Hashable {
    public let mediaType: String
    public let bytes: [UInt8]

    public init(mediaType: String, bytes: [UInt8]) {
        self.mediaType = mediaType
        self.bytes = bytes
    }
}

/// A value of an ``ObjectType``: its field values in the type's field order. A class, so that
/// passing an object around while rendering copies one reference.
public final class TemplateObject: Sendable {
    public let type: ObjectType
    let values: [TemplateValue]

    /// An object from its field values, in the type's field order.
    public init(_ type: ObjectType, values: [TemplateValue]) {
        precondition(values.count == type.fields.count, "\(type.name) has \(type.fields.count) fields, got \(values.count) values")
        self.type = type
        self.values = values
    }

    /// An object from named values; fields not named are null. Naming a field the type does
    /// not have is a programming error.
    public convenience init(_ type: ObjectType, _ named: [String: TemplateValue]) {
        var values = [TemplateValue](repeating: .null, count: type.fields.count)
        for (name, value) in named {
            guard let index = type.index(of: name) else { preconditionFailure("\(type.name) has no field '\(name)'") }
            values[index] = value
        }
        self.init(type, values: values)
    }

    /// The value of field `name`, or null.
    public subscript(name: String) -> TemplateValue {
        type.index(of: name).map { values[$0] } ?? .null
    }

    subscript(position: Int) -> TemplateValue { values[position] }
}

// For the renderer, which follows field paths without retaining the objects on the way: the
// caller keeps each object alive for as long as it uses the unretained reference.
extension TemplateValue {
    /// The object this value holds, unretained, or nil when it holds none.
    var unretainedObject: Unmanaged<TemplateObject>? {
        guard case .object(let object) = self else { return nil }
        return Unmanaged.passUnretained(object)
    }
}

extension TemplateObject {
    /// The object in field `position`, unretained, or nil when the field holds none.
    func unretainedObject(at position: Int) -> Unmanaged<TemplateObject>? {
        position < values.count ? values[position].unretainedObject : nil
    }

    /// Hands the value of field `position` (null past the last field) to `body`, read where
    /// this object holds it.
    func withValue<Result>(at position: Int, _ body: (TemplateValue) -> Result) -> Result {
        guard position < values.count else { return body(.null) }
        return values.withUnsafeBufferPointer { body(($0.baseAddress! + position).pointee) }
    }
}
