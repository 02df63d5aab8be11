import Foundation
import QuoteDocuments
import QuoteModel
import QuoteWorkflow
import StorageInterface
import TemplateEngine

/// The pages of the live preview, each rendered through the workflow's preview (the code `send`
/// and `order` use) with the templates as they are on disk now. It reads the database and the
/// archive and writes nothing anywhere.
public struct PreviewSite: Sendable {
    public let workflow: QuoteWorkflow
    public let watcher: TemplateWatcher
    /// Today, as a document issued now is dated.
    public let today: @Sendable () -> LocalDate
    /// Turns HTML into a PDF when a converter is installed.
    public let pdfConverter: PDFConverter?
    /// How much one document may render and how long it may take; past them the page shows why.
    public let limits: RenderLimits

    public init(
        workflow: QuoteWorkflow, watcher: TemplateWatcher, today: @escaping @Sendable () -> LocalDate, pdfConverter: PDFConverter? = PDFConverter.find(),
        limits: RenderLimits = .standard
    ) {
        self.workflow = workflow
        self.watcher = watcher
        self.today = today
        self.pdfConverter = pdfConverter
        self.limits = limits
    }

    // MARK: Index

    /// Every quote, searched by number or company (`q`) and filtered by state (`state`).
    public func index(_ parameters: [String: String]) -> PreviewResponse {
        let search = parameters["q"]?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let state = parameters["state"].flatMap { VersionState(rawValue: $0) }
        let quotes: [QuoteSummary]
        do {
            quotes = try workflow.quotes(state: state).filter { search.isEmpty || $0.number.lowercased().contains(search) || $0.companyName.lowercased().contains(search) }
        } catch {
            return failure(title: "Quotes", error)
        }
        let states = VersionState.allCases.map { option in
            "<option value=\"\(option.rawValue)\"\(option == state ? " selected" : "")>\(option.rawValue)</option>"
        }.joined()
        var rows = quotes.prefix(500).map { quote in
            """
            <tr><td><a href="/quotes/\(HTMLText.query(quote.number))">\(HTMLText.escaped(quote.number))</a></td><td>\(HTMLText.escaped(quote.companyName))</td>\
            <td class="number">\(quote.version)</td><td>\(quote.state.rawValue)</td>\
            <td class="number">\(quote.totalPrice.map { "\($0) \(quote.currency.code)" } ?? "")</td></tr>
            """
        }.joined(separator: "\n")
        if quotes.count > 500 { rows += "\n<tr><td colspan=\"5\">… \(quotes.count - 500) more: narrow the search</td></tr>" }
        let body = """
            <h1>Quotes</h1>
            <form class="pickers" method="get" action="/">
            <label>Number or company<input name="q" value="\(HTMLText.escaped(search))"></label>
            <label>State<select name="state"><option value="">any</option>\(states)</select></label>
            <button type="submit">Search</button>
            </form>
            <p>\(quotes.count) quotes. Templates: \(HTMLText.escaped(watcher.folder.path)).</p>
            <table><thead><tr><th>Quote</th><th>Company</th><th>Version</th><th>State</th><th>Total</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        return .page(PageShell.page(title: "Quotes", body: body, generation: watcher.generation))
    }

    // MARK: A quote

    /// The quote's document with the pickers: the HTML in a frame, or every diagnostic in place
    /// of it when the templates do not compile or render.
    public func quote(_ number: String, _ parameters: [String: String]) -> PreviewResponse {
        let generation = watcher.generation
        let query: PreviewQuery
        let detail: QuoteDetail
        do {
            query = try PreviewQuery(parameters, templates: watcher.templateNames)
            detail = try workflow.quote(number: number, version: query.version)
        } catch let error as QuoteError where error.code == .notFound {
            return .notFound(error.message)
        } catch {
            return failure(title: "Quote \(number)", error)
        }
        var body = header(detail, query: query, view: "document")
        do {
            _ = try render(number, query: query, format: .html)
            body += "<iframe class=\"document\" title=\"The document\" src=\"/quotes/\(HTMLText.query(number))/document.html\(HTMLText.escaped(query.queryString))&amp;generation=\(generation)\"></iframe>"
        } catch {
            body += diagnostics(error)
        }
        return .page(PageShell.page(title: "Quote \(number)", body: body, generation: generation))
    }

    /// The rendered HTML document itself, byte for byte what `render` writes, served without
    /// any script.
    public func documentHTML(_ number: String, _ parameters: [String: String]) -> PreviewResponse {
        do {
            let query = try PreviewQuery(parameters, templates: watcher.templateNames)
            let document = try render(number, query: query, format: .html)
            return PreviewResponse(contentType: "text/html; charset=utf-8", body: document.bytes, contentSecurityPolicy: PreviewResponse.documentPolicy)
        } catch let error as QuoteError where error.code == .notFound {
            return .notFound(error.message)
        } catch {
            return PreviewResponse(status: 500, contentType: "text/plain; charset=utf-8", body: Array("\(error)".utf8), contentSecurityPolicy: PreviewResponse.documentPolicy)
        }
    }

    /// The UBL XML with the schema's verdict: every violation with its line, and the lines marked.
    public func documentXML(_ number: String, _ parameters: [String: String]) -> PreviewResponse {
        let generation = watcher.generation
        do {
            let query = try PreviewQuery(parameters, templates: watcher.templateNames)
            let detail = try workflow.quote(number: number, version: query.version)
            var body = header(detail, query: query, view: "xml")
            do {
                let document = try render(number, query: query, format: .xml)
                let issues = Self.schemaIssues(document.bytes, kind: query.kind)
                if issues.isEmpty {
                    body += "<p class=\"verdict-ok\">UBL 2.1 accepts this document (\(document.bytes.count) bytes, SHA-256 \(document.sha256)).</p>"
                } else {
                    body += "<div class=\"diagnostics\"><strong>UBL 2.1 rejects this document:</strong>\n"
                        + issues.map { HTMLText.escaped($0.description) }.joined(separator: "\n") + "</div>"
                }
                let bad = Set(issues.map(\.line))
                let lines = String(decoding: document.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                body += "<pre class=\"xml\">" + lines.enumerated().map { index, line in
                    "<span class=\"line\(bad.contains(index + 1) ? " bad" : "")\">\(String(format: "%4d", index + 1))  \(HTMLText.escaped(String(line)))</span>"
                }.joined() + "</pre>"
            } catch {
                body += diagnostics(error)
            }
            return .page(PageShell.page(title: "Quote \(number) XML", body: body, generation: generation))
        } catch let error as QuoteError where error.code == .notFound {
            return .notFound(error.message)
        } catch {
            return failure(title: "Quote \(number)", error)
        }
    }

    /// The PDF of the HTML document, when a converter is installed.
    public func documentPDF(_ number: String, _ parameters: [String: String]) -> PreviewResponse {
        guard let pdfConverter else { return .notFound(PDFConverter.missingMessage) }
        do {
            let query = try PreviewQuery(parameters, templates: watcher.templateNames)
            let pdf = try pdfConverter.pdf(of: try render(number, query: query, format: .html))
            return PreviewResponse(contentType: "application/pdf", body: pdf.bytes, contentSecurityPolicy: PreviewResponse.documentPolicy)
        } catch let error as QuoteError where error.code == .notFound {
            return .notFound(error.message)
        } catch {
            return failure(title: "Quote \(number) PDF", error)
        }
    }

    // MARK: Compare with what was sent

    /// For a sent or ordered version: each archived document (checked against its SHA-256)
    /// beside today's render with the current templates and the same date, line by line.
    public func diff(_ number: String, _ parameters: [String: String]) -> PreviewResponse {
        let generation = watcher.generation
        do {
            var query = try PreviewQuery(parameters, templates: watcher.templateNames)
            let detail = try workflow.quote(number: number, version: query.version)
            query.version = detail.version.version.rank
            var body = header(detail, query: query, view: "diff")
            let archived = try workflow.archivedDocuments(quoteNumber: number, version: query.version)
                .filter { $0.document.kind == query.kind && ($0.document.format == .html || $0.document.format == .xml) }
            guard !archived.isEmpty else {
                body += "<p class=\"notice\">Version \(query.version ?? 0) has no archived \(query.kind == .proposal ? "proposal" : "order confirmation"): it was never \(query.kind == .proposal ? "sent" : "ordered").</p>"
                return .page(PageShell.page(title: "Quote \(number) compared", body: body, generation: generation))
            }
            // The document as it was issued: the proposal dated the day it was sent (a confirmation
            // carries its order date whatever day it is rendered).
            let issued = detail.version.version.sentDate ?? today()
            for (document, bytes, intact) in archived.suffix(2) {
                body += "<h2>\(document.format == .html ? "HTML" : "UBL XML"): \(HTMLText.escaped(document.path))</h2>"
                guard let bytes else {
                    body += "<p class=\"diagnostics\">The archived file is missing.</p>"
                    continue
                }
                if !intact { body += "<p class=\"diagnostics\">The archived file no longer has the SHA-256 recorded when it was archived: it was changed after it was sent.</p>" }
                do {
                    let now = try render(number, query: query, format: document.format, today: issued)
                    let diff = LineDiff(old: String(decoding: bytes, as: UTF8.self), new: String(decoding: now.bytes, as: UTF8.self))
                    if diff.isEmpty {
                        body += "<p class=\"verdict-ok\">No change: today's render with the current templates is byte for byte the archived document.</p>"
                    } else {
                        body += "<p class=\"verdict-bad\">\(diff.removedCount) lines removed, \(diff.addedCount) lines added by the current templates.</p>"
                        body += "<div class=\"diff\">" + diff.lines.map { line in
                            switch line {
                            case .kept(let text): "<span>\(HTMLText.escaped(text))</span>"
                            case .removed(let text): "<del>\(HTMLText.escaped(text))</del>"
                            case .added(let text): "<ins>\(HTMLText.escaped(text))</ins>"
                            }
                        }.joined(separator: "\n") + "</div>"
                    }
                } catch {
                    body += diagnostics(error)
                }
            }
            return .page(PageShell.page(title: "Quote \(number) compared", body: body, generation: generation))
        } catch let error as QuoteError where error.code == .notFound {
            return .notFound(error.message)
        } catch {
            return failure(title: "Quote \(number)", error)
        }
    }

    // MARK: Pieces

    /// Renders `format` of the quote's document as `quotedoc render` would today (or on `today`).
    func render(_ number: String, query: PreviewQuery, format: DocumentFormat, today: LocalDate? = nil) throws -> RenderedDocument {
        let renderer = DocumentRenderer(library: try watcher.library(), validation: .off, limits: limits)
        let (_, documents) = try workflow.renderPreview(
            quoteNumber: number, options: query.options(formats: [format], today: today ?? self.today()), renderer: renderer,
            templateOverride: query.templateOverride(in: watcher.folder, format: format))
        guard let document = documents.first else { throw QuoteError(.templates, "no \(format.rawValue) document was rendered") }
        return document
    }

    /// The violations of `bytes` against the UBL schema of `kind`; none when it is valid.
    static func schemaIssues(_ bytes: [UInt8], kind: DocumentKind) -> [XMLIssue] {
        do {
            try UBLSchemas.schema(for: kind).validate(try XMLDocument(bytes: bytes, fileName: "document.xml"))
            return []
        } catch .notWellFormed(let issues) {
            return issues
        } catch .schemaViolations(let issues) {
            return issues
        } catch {
            return [XMLIssue(line: 0, column: nil, message: error.description)]
        }
    }

    /// The quote's heading, the pickers and the links to its views.
    private func header(_ detail: QuoteDetail, query: PreviewQuery, view: String) -> String {
        let number = detail.quote.number
        let path = "/quotes/\(HTMLText.query(number))"
        func option(_ value: String, _ label: String, selected: Bool) -> String {
            "<option value=\"\(HTMLText.escaped(value))\"\(selected ? " selected" : "")>\(HTMLText.escaped(label))</option>"
        }
        let versions = detail.versions.map { option(String($0.rank), "\($0.rank) (\($0.state.rawValue))", selected: $0.rank == detail.version.version.rank) }.joined()
        let templates = watcher.templateNames.filter { !$0.hasPrefix("partials/") && !$0.hasPrefix("mail/") }
            .map { option($0, $0, selected: $0 == query.template) }.joined()
        let queryString = HTMLText.escaped(query.queryString)
        let sent = detail.versions.contains { $0.rank == detail.version.version.rank && !$0.state.isEditable }
        var views = [
            ("document", "Document", "\(path)\(queryString)"), ("xml", "UBL XML", "\(path)/document.xml\(queryString)"),
        ]
        if pdfConverter != nil { views.append(("pdf", "PDF", "\(path)/document.pdf\(queryString)")) }
        if sent { views.append(("diff", "Compare with what was sent", "\(path)/diff\(queryString)")) }
        return """
            <h1>Quote \(HTMLText.escaped(number)): \(HTMLText.escaped(detail.company.name))</h1>
            <p>Sale \(HTMLText.escaped(detail.sale.number)), version \(detail.version.version.rank) (\(detail.version.version.state.rawValue)).</p>
            <form class="pickers" method="get" action="\(path)\(view == "document" ? "" : view == "xml" ? "/document.xml" : view == "diff" ? "/diff" : "")">
            <label>Document<select name="kind">\(option("proposal", "Proposal", selected: query.kind == .proposal))\(option("confirmation", "Order confirmation", selected: query.kind == .orderConfirmation))</select></label>
            <label>Version<select name="version">\(versions)</select></label>
            <label>Alternatives<select name="alternatives">\(option("favourite", "Favourite", selected: query.alternatives == .favourite))\(option("all", "All", selected: query.alternatives == .all))</select></label>
            <label>Culture<input name="culture" value="\(HTMLText.escaped(query.culture ?? ""))" placeholder="sale type's"></label>
            <label>Template<select name="template"><option value="">sale type's</option>\(templates)</select></label>
            <button type="submit">Show</button>
            </form>
            <nav class="views">\(views.map { key, label, link in key == view ? "<strong>\(label)</strong>" : "<a href=\"\(link)\">\(label)</a>" }.joined(separator: " "))</nav>
            """
    }

    /// Every diagnostic of a failed render, as the command line prints it (file:line:col, the
    /// excerpt, suggestions).
    private func diagnostics(_ error: any Error) -> String {
        "<div class=\"diagnostics\" id=\"diagnostics\"><strong>The document cannot be rendered:</strong>\n\(HTMLText.escaped("\(error)"))</div>"
    }

    private func failure(title: String, _ error: any Error) -> PreviewResponse {
        .page(PageShell.page(title: title, body: "<h1>\(HTMLText.escaped(title))</h1>" + diagnostics(error), generation: watcher.generation), status: 500)
    }
}
