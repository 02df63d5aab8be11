import CLibXML2

/// A compiled W3C XML Schema (XSD). Compile once, then share it between threads: libxml2 only
/// reads a compiled schema while validating, and each `validate` call has its own context.
public final class XMLSchema: @unchecked Sendable {
    private let pointer: xmlSchemaPtr
    /// The XSD file the schema was compiled from.
    public let path: String
    /// Its checking by shape.
    let shapes: SchemaShapes

    /// Compiles the XSD at `path`; its relative `xsd:import`/`xsd:include` locations resolve
    /// against that path. Throws `XMLError.schemaNotLoadable` with every compilation error.
    public convenience init(path: String) throws(XMLError) {
        try self.init(path: path, shapes: SchemaShapes(mainFile: path))
    }

    /// Compiles the XSD at `path`, checking documents by shape with `shapes`.
    init(path: String, shapes: SchemaShapes) throws(XMLError) {
        LibXML2.ready
        guard let parserContext = xmlSchemaNewParserCtxt(path) else {
            throw .schemaNotLoadable(path: path, issues: [])
        }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        let collector = XMLIssueCollector(namesFiles: true)
        let schema = collector.withUserData { userData in
            xmlSchemaSetParserStructuredErrors(parserContext, XMLIssueCollector.handler, userData)
            return LibXML2.withThreadErrorHandler(XMLIssueCollector.handler, userData) {
                xmlSchemaParse(parserContext)
            }
        }
        guard let schema else {
            throw .schemaNotLoadable(path: path, issues: collector.issues)
        }
        pointer = schema
        self.path = path
        self.shapes = shapes
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// Checks the XML `bytes` (named `fileName` in messages) against the schema, as `validation`
    /// says; `.off` checks nothing. Throws what ``validate(_:)`` throws, or
    /// `XMLError.notWellFormed`; a document the schema rejects is always validated in full, so
    /// its messages are the same whichever way.
    public func validate(_ bytes: [UInt8], fileName: String, validation: XMLValidation) throws(XMLError) {
        switch validation {
        case .off: return
        case .full: try validate(XMLDocument(bytes: bytes, fileName: fileName))
        case .shape: try shapes.validate(bytes) { () throws(XMLError) in try validate(XMLDocument(bytes: bytes, fileName: fileName)) }
        }
    }

    /// How many documents were found valid by their shapes, without being parsed.
    public var documentsDecidedByShape: Int { shapes.documentsDecided }

    /// How many local shapes of valid documents' elements the schema remembers.
    public var validShapeCount: Int { shapes.validShapeCount }

    /// Checks `document` against the schema. Throws `XMLError.schemaViolations` listing every
    /// violation libxml2 reports, ordered by line. (libxml2 reports a missing child at its
    /// parent's start tag, and stops checking an element's remaining children after the first
    /// one its content model does not expect.)
    public func validate(_ document: XMLDocument) throws(XMLError) {
        guard let validationContext = xmlSchemaNewValidCtxt(pointer) else {
            throw .schemaViolations([XMLIssue(line: 0, column: nil, message: "libxml2 could not create a validation context")])
        }
        defer { xmlSchemaFreeValidCtxt(validationContext) }
        let collector = XMLIssueCollector()
        let status = collector.withUserData { userData in
            xmlSchemaSetValidStructuredErrors(validationContext, XMLIssueCollector.handler, userData)
            return xmlSchemaValidateDoc(validationContext, document.pointer)
        }
        guard status == 0 else {
            let issues = collector.issues.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
            throw .schemaViolations(issues.isEmpty
                ? [XMLIssue(line: 0, column: nil, message: "libxml2 validation failed (code \(status))")]
                : issues)
        }
    }
}
