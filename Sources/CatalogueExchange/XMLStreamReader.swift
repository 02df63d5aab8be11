import CLibXML2
import Foundation
import QuoteModel

/// A forward-only pass over an XML document with libxml2's `xmlTextReader`: one node at a time,
/// so a worksheet of 100,000 rows is read without building a tree of it.
final class XMLStreamReader {
    /// The kind of node the reader is on.
    enum NodeKind {
        case startElement, endElement, text, other
    }

    /// libxml2's global tables, set up once before any reader runs (from any thread).
    private static let libraryReady: Void = xmlInitParser()

    private let reader: xmlTextReaderPtr
    /// The bytes the reader parses in place; kept alive as long as the reader.
    private let bytes: UnsafeMutableBufferPointer<CChar>
    /// The part of the workbook being read, for error messages (`xl/worksheets/sheet1.xml`).
    private let partName: String

    init(_ data: Data, partName: String) throws {
        _ = Self.libraryReady
        self.partName = partName
        let bytes = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(data.count, 1))
        data.withUnsafeBytes { source in
            if let base = source.baseAddress { UnsafeMutableRawPointer(bytes.baseAddress!).copyMemory(from: base, byteCount: source.count) }
        }
        self.bytes = bytes
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
        guard let reader = xmlReaderForMemory(bytes.baseAddress, Int32(data.count), partName, nil, options) else {
            bytes.deallocate()
            throw QuoteError(.invalid, "the workbook's \(partName) cannot be read as XML")
        }
        self.reader = reader
    }

    deinit {
        xmlFreeTextReader(reader)
        bytes.deallocate()
    }

    /// Moves to the next node; false at the end of the document. Malformed XML is an error.
    func next() throws -> Bool {
        switch xmlTextReaderRead(reader) {
        case 1: return true
        case 0: return false
        default:
            let detail = xmlGetLastError().flatMap { $0.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } } ?? "malformed XML"
            throw QuoteError(.invalid, "the workbook's \(partName) is not well-formed XML: \(detail)")
        }
    }

    var kind: NodeKind {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): .startElement
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
             Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue): .text
        default: .other
        }
    }

    /// True for an element written `<name/>`, which has no end element.
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// True when the node's local name (without its prefix) is `name`; compares the bytes libxml2
    /// holds, making no string.
    func isNamed(_ name: StaticString) -> Bool {
        guard let local = xmlTextReaderConstLocalName(reader) else { return false }
        return name.withUTF8Buffer { wanted in
            for (index, byte) in wanted.enumerated() where local[index] != byte { return false }
            return local[wanted.count] == 0
        }
    }

    /// The text of a text node.
    var value: String {
        guard let value = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: value)
    }

    /// The value of attribute `name` (without prefix and namespace) of the element the reader is
    /// on; nil when it has none.
    func attribute(_ name: String) -> String? {
        guard let chars = Self.withXMLChars(name, { xmlTextReaderGetAttribute(reader, $0) }) else { return nil }
        defer { cxml_free(chars) }
        return String(cString: chars)
    }

    /// The value of attribute `localName` in namespace `namespace`.
    func attribute(_ localName: String, namespace: String) -> String? {
        let chars = Self.withXMLChars(localName) { name in Self.withXMLChars(namespace) { xmlTextReaderGetAttributeNs(reader, name, $0) } }
        guard let chars else { return nil }
        defer { cxml_free(chars) }
        return String(cString: chars)
    }

    /// Calls `body` with `text` as a NUL-terminated UTF-8 `xmlChar` string.
    private static func withXMLChars<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        text.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
