/// What a preview route answers: a status, a content type, the body and the Content-Security-
/// Policy it is served with.
public struct PreviewResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    public var contentSecurityPolicy: String

    /// The policy of the preview's own pages: their scripts (the reload script) and styles come
    /// from the server, documents show in a frame from the server.
    public static let pagePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"
    /// The policy of a rendered document: no script at all, styles and images inline only.
    public static let documentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"

    public init(status: Int = 200, contentType: String, body: [UInt8], contentSecurityPolicy: String = PreviewResponse.pagePolicy) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.contentSecurityPolicy = contentSecurityPolicy
    }

    /// One of the preview's own pages.
    static func page(_ html: String, status: Int = 200) -> PreviewResponse {
        PreviewResponse(status: status, contentType: "text/html; charset=utf-8", body: Array(html.utf8))
    }

    /// A page saying nothing is here (unknown quote, template or path).
    static func notFound(_ what: String) -> PreviewResponse {
        page(PageShell.page(title: "Not found", body: "<h1>Not found</h1><p>\(HTMLText.escaped(what))</p>", generation: 0), status: 404)
    }
}
