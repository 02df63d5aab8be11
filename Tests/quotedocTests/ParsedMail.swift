import Foundation
import XCTest

/// An `.eml` as Python's standard `email` package reads it (`message_from_bytes` with the
/// default policy): a mail parser that is not ours, so what it reads is what a mail client sees.
struct ParsedMail: Decodable {
    struct Address: Decodable, Equatable {
        let name: String
        let address: String
    }

    struct Part: Decodable {
        let type: String
        let charset: String?
        let disposition: String?
        let fileName: String?
        let transferEncoding: String?
        let sha256: String
        /// The decoded text of an inline text part.
        let text: String?
    }

    let from: [Address]
    let to: [Address]
    let subject: String
    let date: String
    let messageID: String
    let mimeVersion: String
    let contentType: String
    /// Every defect the parser found, in the message or any part.
    let defects: [String]
    /// The leaf parts in order.
    let parts: [Part]

    var attachments: [Part] { parts.filter { $0.disposition == "attachment" } }
    var plainBody: String? { parts.first { $0.type == "text/plain" && $0.disposition == "inline" }?.text }
    var htmlBody: String? { parts.first { $0.type == "text/html" && $0.disposition == "inline" }?.text }

    private static let script = #"""
        import email, email.policy, hashlib, json, sys
        message = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
        def addresses(name):
            header = message[name]
            return [] if header is None else [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]
        defects = [str(d) for d in message.defects]
        parts = []
        for part in message.walk():
            defects += [str(d) for d in part.defects]
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True)
            inline_text = part.get_content_maintype() == "text" and part.get_content_disposition() == "inline"
            parts.append({
                "type": part.get_content_type(), "charset": part.get_content_charset(), "disposition": part.get_content_disposition(),
                "fileName": part.get_filename(), "transferEncoding": part.get("Content-Transfer-Encoding"),
                "sha256": hashlib.sha256(payload).hexdigest(), "text": part.get_content() if inline_text else None})
        print(json.dumps({
            "from": addresses("From"), "to": addresses("To"), "subject": str(message["Subject"]), "date": str(message["Date"]),
            "messageID": str(message["Message-ID"]), "mimeVersion": str(message["MIME-Version"]), "contentType": message.get_content_type(),
            "defects": defects, "parts": parts}))
        """#

    /// Parses the message in `file` with `python3`.
    static func parse(_ file: URL) throws -> ParsedMail {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ToolFailure("python3 could not parse \(file.path): \(errorText)") }
        return try JSONDecoder().decode(ParsedMail.self, from: data)
    }

    /// Asserts what every message quotedoc writes satisfies in its raw bytes: 7-bit ASCII, CRLF
    /// line ends only, no line longer than 78 characters.
    static func assertRawForm(_ bytes: Data, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(bytes.allSatisfy { $0 < 0x80 }, "the message is 7-bit ASCII", file: file, line: line)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.hasSuffix("\r\n"), file: file, line: line)
        let lines = text.components(separatedBy: "\r\n").dropLast()
        XCTAssertFalse(lines.contains { $0.contains("\n") || $0.contains("\r") }, "a bare LF or CR", file: file, line: line)
        let long = lines.filter { $0.count > 78 }
        XCTAssertEqual(long, [], "lines longer than 78 characters", file: file, line: line)
    }
}
