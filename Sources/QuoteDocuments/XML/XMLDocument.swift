import CLibXML2

/// A well-formed XML document parsed by libxml2. Entities are never substituted, no DTD is
/// loaded and nothing is fetched from the network, so parsing untrusted text reads no files.
/// Not thread-safe: use each document from one thread at a time.
public final class XMLDocument {
    let pointer: xmlDocPtr

    /// No network, no entity substitution, no DTD loading; line numbers above 65535 kept; the
    /// text is always UTF-8 (it comes from a `String`), whatever its XML declaration says.
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_IGNORE_ENC.rawValue)

    /// Parses `text`; `fileName` becomes the document's URL (the base for relative references).
    /// Throws `XMLError.notWellFormed` with every error the parser reported.
    public init(text: String, fileName: String = "document.xml") throws(XMLError) {
        LibXML2.ready
        guard let parserContext = xmlNewParserCtxt() else {
            throw .notWellFormed([XMLIssue(line: 0, column: nil, message: "libxml2 could not create a parser context")])
        }
        defer { xmlFreeParserCtxt(parserContext) }
        let collector = XMLIssueCollector()
        var text = text
        let document = collector.withUserData { userData in
            parserContext.pointee.sax.pointee.serror = XMLIssueCollector.parserHandler
            parserContext.pointee._private = userData
            defer { parserContext.pointee._private = nil }
            return text.withUTF8 { bytes -> xmlDocPtr? in
                guard let size = Int32(exactly: bytes.count) else { return nil }
                return bytes.withMemoryRebound(to: CChar.self) {
                    xmlCtxtReadMemory(parserContext, $0.baseAddress, size, fileName, nil, Self.options)
                }
            }
        }
        guard let document, collector.issues.isEmpty else {
            xmlFreeDoc(document)
            throw .notWellFormed(collector.issues.isEmpty
                ? [XMLIssue(line: 0, column: nil, message: "libxml2 could not parse the document")]
                : collector.issues)
        }
        pointer = document
    }

    deinit {
        xmlFreeDoc(pointer)
    }
}
