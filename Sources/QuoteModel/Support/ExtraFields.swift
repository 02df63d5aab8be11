/// The five free-text extra fields that a connector (or an import) attaches to a product, a quote
/// version, an alternative or a line, and that documents can show.
public struct ExtraFields: Sendable, Hashable, Codable {
    /// How many extra fields every entity has.
    public static let count = 5

    /// Field 1 to 5, in order; always five entries.
    public private(set) var values: [String]

    /// Five fields from up to five values; missing ones are empty.
    public init(_ values: [String] = []) {
        precondition(values.count <= Self.count, "at most \(Self.count) extra fields")
        self.values = values + Array(repeating: "", count: Self.count - values.count)
    }

    /// Field `number`, 1 to 5.
    public subscript(number: Int) -> String {
        get { values[number - 1] }
        set { values[number - 1] = newValue }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let values = try container.decode([String].self)
        guard values.count <= Self.count else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "at most \(Self.count) extra fields")
        }
        self.init(values)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
