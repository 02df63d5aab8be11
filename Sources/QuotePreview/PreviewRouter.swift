import Foundation
import Hummingbird
import ServiceLifecycle

/// The preview's routes over a ``PreviewSite``: small, and testable without a socket.
public enum PreviewRouter {
    /// How often the event stream looks for a new generation, and says it is alive.
    static let eventTick: Duration = .milliseconds(100)
    static let heartbeatTicks = 150

    public static func make(site: PreviewSite) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { request, _ in respond(site.index(parameters(request))) }
        router.get("/quotes/:number") { request, context in
            respond(site.quote(try context.parameters.require("number"), parameters(request)))
        }
        router.get("/quotes/:number/document.html") { request, context in
            respond(site.documentHTML(try context.parameters.require("number"), parameters(request)))
        }
        router.get("/quotes/:number/document.xml") { request, context in
            respond(site.documentXML(try context.parameters.require("number"), parameters(request)))
        }
        router.get("/quotes/:number/document.pdf") { request, context in
            respond(site.documentPDF(try context.parameters.require("number"), parameters(request)))
        }
        router.get("/quotes/:number/diff") { request, context in
            respond(site.diff(try context.parameters.require("number"), parameters(request)))
        }
        router.get("/assets/reload.js") { _, _ in
            respond(PreviewResponse(contentType: "text/javascript; charset=utf-8", body: Array(PageShell.reloadScript.utf8)))
        }
        router.get("/assets/preview.css") { _, _ in
            respond(PreviewResponse(contentType: "text/css; charset=utf-8", body: Array(PageShell.stylesheet.utf8)))
        }
        router.get("/events") { _, _ in events(site.watcher) }
        return router
    }

    /// Server-sent events: the templates' generation now, then each new one as the watcher sees
    /// it; a comment now and then keeps the connection (and finds a closed one). The stream ends
    /// when the server shuts down, so Ctrl-C does not wait for open pages.
    static func events(_ watcher: TemplateWatcher) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
            body: ResponseBody { writer in
                var sent = -1
                var ticks = 0
                while !Task.isCancelled, !Task.isShuttingDownGracefully {
                    let generation = watcher.generation
                    if generation != sent {
                        try await writer.write(ByteBuffer(string: "data: \(generation)\n\n"))
                        sent = generation
                    } else if ticks % heartbeatTicks == 0 {
                        try await writer.write(ByteBuffer(string: ": alive\n\n"))
                    }
                    ticks += 1
                    try await Task.sleep(for: eventTick)
                }
                try await writer.finish(nil)
            })
    }

    /// The query string's parameters, decoded; a repeated name keeps its last value.
    static func parameters(_ request: Request) -> [String: String] {
        var parameters: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { parameters[String(name)] = String(value) }
        return parameters
    }

    static func respond(_ response: PreviewResponse) -> Response {
        var headers: HTTPFields = [.contentType: response.contentType, .cacheControl: "no-store"]
        headers[.init("Content-Security-Policy")!] = response.contentSecurityPolicy
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: .init(code: response.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: response.body)))
    }
}
