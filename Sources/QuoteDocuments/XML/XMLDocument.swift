import CLibXML2

/// A well-formed XML document parsed by libxml2. Entities are never substituted, no DTD is
/// loaded and nothing is fetched from the network, so parsing untrusted text reads no files.
/// Not thread-safe: use each document from one thread at a time.
public final class XMLDocument {
    let pointer: xmlDocPtr

    /// No network, no entity substitution, no DTD loading; line numbers above 65535 kept; the
    /// text is always UTF-8, whatever its XML declaration says. The tree is only ever read, never
    /// changed or written out, so it is kept small: short text is stored inside its node, and the
    /// indentation between elements makes no nodes (text in an element, even blank, is kept).
    /// Validation gives the same verdict on it and runs about a tenth faster.
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOBLANKS.rawValue)

    /// Parses `text`; `fileName` becomes the document's URL (the base for relative references).
    /// Throws `XMLError.notWellFormed` with every error the parser reported.
    public convenience init(text: String, fileName: String = "document.xml") throws(XMLError) {
        var text = text
        let parsed = text.withUTF8 { bytes in Result { () throws(XMLError) in try Self.parse(bytes, fileName: fileName) } }
        self.init(pointer: try parsed.get())
    }

    /// Parses UTF-8 `bytes` (a rendered document, read as it is, with no copy).
    public convenience init(bytes: [UInt8], fileName: String = "document.xml") throws(XMLError) {
        let parsed = bytes.withUnsafeBufferPointer { bytes in Result { () throws(XMLError) in try Self.parse(bytes, fileName: fileName) } }
        self.init(pointer: try parsed.get())
    }

    private init(pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, fileName: String) throws(XMLError) -> xmlDocPtr {
        LibXML2.ready
        guard let parserContext = xmlNewParserCtxt() else {
            throw .notWellFormed([XMLIssue(line: 0, column: nil, message: "libxml2 could not create a parser context")])
        }
        defer { xmlFreeParserCtxt(parserContext) }
        let collector = XMLIssueCollector()
        let document = collector.withUserData { userData -> xmlDocPtr? in
            parserContext.pointee.sax.pointee.serror = XMLIssueCollector.parserHandler
            parserContext.pointee._private = userData
            defer { parserContext.pointee._private = nil }
            guard let size = Int32(exactly: bytes.count) else { return nil }
            return bytes.withMemoryRebound(to: CChar.self) {
                xmlCtxtReadMemory(parserContext, $0.baseAddress, size, fileName, nil, Self.options)
            }
        }
        guard let document, collector.issues.isEmpty else {
            xmlFreeDoc(document)
            throw .notWellFormed(collector.issues.isEmpty
                ? [XMLIssue(line: 0, column: nil, message: "libxml2 could not parse the document")]
                : collector.issues)
        }
        return document
    }

    deinit {
        xmlFreeDoc(pointer)
    }
}
