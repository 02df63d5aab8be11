import CLibXML2

/// The XSD built-in types a document's shape can record values against: the ones the UBL 2.1
/// schemas build their data types on. A schema that uses any other built-in type gets no shape
/// check (``ShapeRules``).
enum BuiltInType: Int, CaseIterable, Sendable {
    case string, normalizedString, decimal, date, time, dateTime, boolean, anyURI, language, base64Binary

    /// The type's local name in the XSD namespace.
    var name: String {
        switch self {
        case .string: "string"
        case .normalizedString: "normalizedString"
        case .decimal: "decimal"
        case .date: "date"
        case .time: "time"
        case .dateTime: "dateTime"
        case .boolean: "boolean"
        case .anyURI: "anyURI"
        case .language: "language"
        case .base64Binary: "base64Binary"
        }
    }

    /// The type named `name` in the XSD namespace, if it is one of these.
    init?(named name: String) {
        guard let type = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = type
    }

    private var libxml2Type: xmlSchemaValType {
        switch self {
        case .string: XML_SCHEMAS_STRING
        case .normalizedString: XML_SCHEMAS_NORMSTRING
        case .decimal: XML_SCHEMAS_DECIMAL
        case .date: XML_SCHEMAS_DATE
        case .time: XML_SCHEMAS_TIME
        case .dateTime: XML_SCHEMAS_DATETIME
        case .boolean: XML_SCHEMAS_BOOLEAN
        case .anyURI: XML_SCHEMAS_ANYURI
        case .language: XML_SCHEMAS_LANGUAGE
        case .base64Binary: XML_SCHEMAS_BASE64BINARY
        }
    }

    /// libxml2's own definitions of the types, in case order (set up once, before any thread
    /// validates).
    nonisolated(unsafe) private static let definitions: [xmlSchemaTypePtr] = {
        LibXML2.ready
        xmlSchemaInitTypes()
        return allCases.map { xmlSchemaGetBuiltInType($0.libxml2Type) }
    }()

    /// Whether libxml2's validator takes `value` as a value of this type.
    func accepts(_ value: String) -> Bool {
        let definition = Self.definitions[rawValue]
        return LibXML2.withXMLChars(value) { xmlSchemaValidatePredefinedType(definition, $0, nil) == 0 }
    }
}
