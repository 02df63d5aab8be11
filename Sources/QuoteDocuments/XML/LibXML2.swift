import CLibXML2

/// Small helpers at the libxml2 boundary: one-time library set-up and `xmlChar` strings.
enum LibXML2 {
    /// Evaluated once, on first use from any thread (a `static let` initializer runs exactly once):
    /// libxml2's global tables must be set up before parsers run concurrently.
    static let ready: Void = xmlInitParser()

    /// Runs `body` with `handler` as this thread's structured error handler, for errors raised by
    /// contexts libxml2 creates internally (the parsers that read an XSD's files). libxml2 keeps
    /// this handler per thread, so other threads are not affected; the previous one is restored.
    static func withThreadErrorHandler<Result>(_ handler: xmlStructuredErrorFunc, _ userData: UnsafeMutableRawPointer, _ body: () -> Result) -> Result {
        let previousHandler = __xmlStructuredError().pointee
        let previousUserData = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(userData, handler)
        defer { xmlSetStructuredErrorFunc(previousUserData, previousHandler) }
        return body()
    }

    /// Calls `body` with `text` as a NUL-terminated UTF-8 `xmlChar` string.
    static func withXMLChars<Result>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        text.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    /// The text of a string libxml2 allocated for the caller, which is freed here.
    static func string(taking chars: UnsafeMutablePointer<xmlChar>?) -> String {
        guard let chars else { return "" }
        defer { cxml_free(chars) }
        return String(cString: chars)
    }
}
