import CLibXML2

/// Gathers the errors libxml2 reports through a structured error callback during one parse,
/// compilation or validation. Warnings are left out. Each collector serves one libxml2 context
/// on one thread, so nothing here is shared between threads.
final class XMLIssueCollector {
    private(set) var issues: [XMLIssue] = []
    private let namesFiles: Bool

    /// `namesFiles` prefixes each message with the file it is about (a schema spans many files).
    init(namesFiles: Bool = false) {
        self.namesFiles = namesFiles
    }

    /// Runs `body` with the collector as the opaque `userData` of a libxml2 callback, keeping the
    /// collector alive meanwhile (it is passed unretained).
    func withUserData<Result>(_ body: (UnsafeMutableRawPointer) -> Result) -> Result {
        withExtendedLifetime(self) { body(Unmanaged.passUnretained(self).toOpaque()) }
    }

    /// For contexts whose `userData` is the collector (schema parser, schema validator).
    static let handler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<XMLIssueCollector>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
    }

    /// For the XML parser, whose SAX callbacks need `userData` to stay the parser context: the
    /// collector hangs off the context's `_private` instead (libxml2 copies `_private` into the
    /// sub-contexts it creates for entity content).
    static let parserHandler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let parserContext = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let collector = parserContext.pointee._private else { return }
        Unmanaged<XMLIssueCollector>.fromOpaque(collector).takeUnretainedValue().record(error.pointee)
    }

    private func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "libxml2 error \(error.code)"
        while message.last?.isWhitespace == true {
            message.removeLast()
        }
        if namesFiles, let file = error.file {
            message = "\(String(cString: file).split(separator: "/").last ?? ""): \(message)"
        }
        issues.append(XMLIssue(line: Int(error.line), column: error.int2 > 0 ? Int(error.int2) : nil, message: message))
    }
}
