import Foundation
import QuoteModel
import StorageInterface
import TemplateEngine

extension DocumentRenderer {
    /// An e-mail (`.eml`) for the salesperson's mail client, from and to `parties`, in the
    /// document's culture: the subject from `mail/<kind>-subject.txt`, the body from
    /// `mail/<kind>-body.html` with a plain-text version from `mail/<kind>-body.txt` when the
    /// templates have one (`<kind>` is `proposal` or `order-confirmation`). Every document of
    /// `attachments` is attached, as the media type its file name says.
    public func renderMail(
        _ detail: QuoteDetail, ownCompany: OwnCompany, fields: FieldConfiguration = .standard, options: DocumentOptions,
        parties: MailParties, attachments: [RenderedDocument], now: Date
    ) throws(QuoteError) -> RenderedDocument {
        guard let culture = Culture.named(options.culture ?? "en-US") else {
            throw QuoteError(.templates, "unknown culture '\(options.culture ?? "")'")
        }
        let data = try Self.context(
            of: detail, ownCompany: ownCompany, options: options, culture: culture, labels: try library.labels(for: culture), fields: fields,
            library: library)
        let base = Self.templateBaseName(options.kind)
        let subject = try library.compiled("mail/\(base)-subject.txt", culture: culture)
        let html = try library.compiled("mail/\(base)-body.html", culture: culture)
        let textName = "mail/\(base)-body.txt"
        let text = library.has(textName, culture: culture) ? try library.compiled(textName, culture: culture) : nil
        let subjectText = subject.template.render(data, culture: culture)
        let date = MailMessage.rfc5322Date(now)
        let identity = [parties.from.description, parties.to.description, subjectText, date] + attachments.map(\.sha256)
        let message = MailMessage(
            from: parties.from, to: parties.to, subject: subjectText, date: now,
            messageID: "\(SHA256Digest.hex(Array(identity.joined(separator: "\n").utf8)).prefix(32))@\(parties.from.domain)",
            textBody: text?.template.render(data, culture: culture),
            htmlBody: html.template.renderBytes(data, culture: culture),
            attachments: attachments.map { .init(fileName: $0.fileName, mediaType: Self.mailMediaType(of: $0), bytes: $0.bytes) })
        let bytes = message.bytes
        var hashes = ["subject": subject.hash, "html": html.hash]
        if let text { hashes["text"] = text.hash }
        return RenderedDocument(
            kind: options.kind, format: .eml,
            fileName: DocumentFileName(quoteNumber: detail.quote.number, versionRank: detail.version.version.rank, kind: options.kind, format: .eml).description,
            bytes: bytes, sha256: SHA256Digest.hex(bytes), templateName: "mail/\(base)-body.html", templateHash: SHA256Digest.hex(ofSources: hashes),
            engineVersion: Self.engineVersion)
    }

    /// The media type a document is attached as: by its file name's extension
    /// (``AttachmentRules/mediaType(forFileName:)``, `application/octet-stream` when unknown), with
    /// `charset=utf-8` for the HTML quotedoc renders (always UTF-8).
    static func mailMediaType(of document: RenderedDocument) -> String {
        let type = AttachmentRules.mediaType(forFileName: document.fileName)
        return document.format == .html && type == "text/html" ? type + "; charset=utf-8" : type
    }
}
