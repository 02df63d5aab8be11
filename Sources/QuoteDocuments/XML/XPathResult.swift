import CLibXML2

/// What an XPath expression evaluated to, copied out of libxml2 while the document was alive.
public struct XPathResult: Sendable {
    /// The string value of each node of a node-set, in document order; for a string, number or
    /// boolean result, that one value as a string.
    public let strings: [String]
    /// XPath's `string()` of the result (for a node-set: the first node's text, or "").
    public let string: String
    /// XPath's `number()` of the result, as libxml2 computes it: meant for `count()` and the like,
    /// not for money (read amounts through `strings` and parse them exactly).
    public let number: Double

    init(_ object: xmlXPathObjectPtr) {
        string = LibXML2.string(taking: xmlXPathCastToString(object))
        number = xmlXPathCastToNumber(object)
        if object.pointee.type == XPATH_NODESET {
            let nodes = object.pointee.nodesetval?.pointee
            strings = (0 ..< Int(nodes?.nodeNr ?? 0)).map { index in
                LibXML2.string(taking: xmlXPathCastNodeToString(nodes?.nodeTab[index]))
            }
        } else {
            strings = [string]
        }
    }
}
