/// The frame of every preview page: its head, the stylesheet, the navigation and the reload
/// script, which reloads the page when the server says the templates changed.
enum PageShell {
    static func page(title: String, body: String, generation: Int) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(HTMLText.escaped(title)) — quotedoc preview</title>
        <link rel="stylesheet" href="/assets/preview.css">
        <script src="/assets/reload.js" defer></script>
        </head>
        <body data-generation="\(generation)">
        <header><a href="/">quotedoc preview</a></header>
        <main>
        \(body)
        </main>
        </body>
        </html>
        """
    }

    /// Reloads the page when the server's event stream names a newer generation of the templates.
    static let reloadScript = """
        "use strict";
        (function () {
          const shown = Number(document.body.dataset.generation || 0);
          const events = new EventSource("/events");
          events.onmessage = function (event) {
            if (Number(event.data) !== shown) { events.close(); location.reload(); }
          };
        })();
        """

    static let stylesheet = """
        body { font-family: system-ui, sans-serif; margin: 0; color: #1d2430; }
        header { background: #1d2430; padding: .6rem 1rem; }
        header a { color: #fff; text-decoration: none; font-weight: 600; }
        main { padding: 1rem; }
        table { border-collapse: collapse; }
        th, td { text-align: left; padding: .25rem .6rem; border-bottom: 1px solid #e3e6ea; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        form.pickers { display: flex; flex-wrap: wrap; gap: .8rem; align-items: end; margin-bottom: .8rem; }
        form.pickers label { display: flex; flex-direction: column; font-size: .85rem; }
        nav.views a { margin-right: 1rem; }
        iframe.document { width: 100%; height: 80vh; border: 1px solid #c9ced6; background: #fff; }
        .diagnostics { background: #fff4f4; border: 1px solid #d33; padding: .8rem 1rem; white-space: pre-wrap; font-family: ui-monospace, monospace; }
        .verdict-ok { color: #137333; } .verdict-bad { color: #b3261e; }
        pre.xml { background: #f6f8fa; padding: .8rem; overflow: auto; }
        pre.xml span.line { display: block; } pre.xml span.bad { background: #ffe1e1; }
        .diff ins { background: #e6ffec; text-decoration: none; display: block; }
        .diff del { background: #ffebe9; display: block; }
        .diff span { display: block; color: #57606a; }
        .notice { background: #fff8e1; border: 1px solid #e0b000; padding: .5rem .8rem; }
        """
}
