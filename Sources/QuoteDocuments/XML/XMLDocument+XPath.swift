import CLibXML2

extension XMLDocument {
    /// Evaluates `expression` against the document; `namespaces` maps the prefixes the
    /// expression uses to namespace URIs (XPath 1.0 has no default namespace).
    public func xpath(_ expression: String, namespaces: [String: String] = [:]) throws(XMLError) -> XPathResult {
        guard let context = xmlXPathNewContext(pointer) else {
            throw .xpath(expression: expression, message: "libxml2 could not create an XPath context")
        }
        defer { xmlXPathFreeContext(context) }
        for (prefix, uri) in namespaces {
            let status = LibXML2.withXMLChars(prefix) { prefix in
                LibXML2.withXMLChars(uri) { uri in xmlXPathRegisterNs(context, prefix, uri) }
            }
            guard status == 0 else {
                throw .xpath(expression: expression, message: "cannot register the namespace prefix '\(prefix)'")
            }
        }
        var failure: (code: Int32, offset: Int32)?
        let object = withUnsafeMutablePointer(to: &failure) { failurePointer in
            context.pointee.userData = UnsafeMutableRawPointer(failurePointer)
            context.pointee.error = { userData, error in
                guard let userData, let error else { return }
                userData.assumingMemoryBound(to: (code: Int32, offset: Int32)?.self).pointee = (error.pointee.code, error.pointee.int1)
            }
            defer { context.pointee.userData = nil }
            return LibXML2.withXMLChars(expression) { xmlXPathEvalExpression($0, context) }
        }
        guard let object else {
            throw .xpath(expression: expression, message: failure.map(Self.xpathMessage) ?? "evaluation failed")
        }
        defer { xmlXPathFreeObject(object) }
        return XPathResult(object)
    }

    /// The string value of every node `expression` selects (see `XPathResult.strings`).
    public func strings(_ expression: String, namespaces: [String: String] = [:]) throws(XMLError) -> [String] {
        try xpath(expression, namespaces: namespaces).strings
    }

    /// libxml2 hands its XPath error callback only a code (its message table is private); these
    /// are its texts, indexed by `code - XML_XPATH_EXPRESSION_OK`.
    private static let xpathMessages = [
        "Ok", "Number encoding", "Unfinished literal", "Start of literal",
        "Expected $ for variable reference", "Undefined variable", "Invalid predicate",
        "Invalid expression", "Missing closing curly brace", "Unregistered function",
        "Invalid operand", "Invalid type", "Invalid number of arguments", "Invalid context size",
        "Invalid context position", "Memory allocation error", "Syntax error", "Resource error",
        "Sub resource error", "Undefined namespace prefix", "Encoding error",
        "Char out of XML range", "Invalid or incomplete context", "Stack usage error",
        "Forbidden variable", "Operation limit exceeded", "Recursion limit exceeded",
    ]

    private static func xpathMessage(_ failure: (code: Int32, offset: Int32)) -> String {
        let index = Int(failure.code) - Int(XML_XPATH_EXPRESSION_OK.rawValue)
        let text = xpathMessages.indices.contains(index) ? xpathMessages[index] : "libxml2 XPath error \(failure.code)"
        return "\(text) (at character \(failure.offset))"
    }
}
