import AtlasCore
import AtlasStore

/// The frame of every page: skip link, header with navigation, main content; one small inline
/// stylesheet, no scripts. Text goes through `HTML.escape` (`h`) before it reaches a page.
enum Layout {
    enum Section: String {
        case search, topics, gap, api
    }

    static func page(title: String, current: Section?, body: String) -> String {
        let links: [(Section, String, String)] = [
            (.search, "/search", "Search"), (.topics, "/topics", "Topics"), (.gap, "/gap", "Gap matrix"),
            (.api, "/api", "JSON API"),
        ]
        let navigation = links.map { section, href, text in
            let currentAttribute = section == current ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(href)\"\(currentAttribute)>\(text)</a></li>"
        }.joined()
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h(title)) · DPI Atlas</title>
            <style>\(stylesheet)</style>
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header><div class="bar"><a class="brand" href="/">DPI Atlas</a>
            <nav aria-label="Main"><ul>\(navigation)</ul></nav></div></header>
            <main id="main" tabindex="-1">
            \(body)
            </main>
            <footer><p>DPI Atlas: ITU-T documents on digital public infrastructure, classified. Read-only.</p></footer>
            </body>
            </html>

            """
    }

    static let stylesheet = """
        :root{color-scheme:light}
        body{margin:0;font:16px/1.5 system-ui,"DejaVu Sans",Arial,sans-serif;color:#1b1b1b;background:#fff}
        .skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:.5rem;background:#fff;color:#0b3d75;padding:.4rem .8rem;z-index:2}
        header{background:#0b3d75;color:#fff}.bar{max-width:76rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:1.5rem;align-items:center}
        header a{color:#fff}header a:focus-visible{outline-color:#ffd166}.brand{font-weight:700;font-size:1.15rem;text-decoration:none}
        nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:1.2rem;margin:0;padding:0}
        nav a[aria-current]{text-decoration-thickness:3px;font-weight:600}
        main{max-width:76rem;margin:0 auto;padding:1rem}main:focus{outline:none}
        footer{max-width:76rem;margin:2rem auto 0;padding:1rem;color:#4a4a4a;border-top:1px solid #ccc;font-size:.9rem}
        a{color:#0b4ea2}a:visited{color:#5b2a8c}
        a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #b34700;outline-offset:2px}
        h1{font-size:1.6rem;margin:.6rem 0}h2{font-size:1.25rem;margin-top:1.6rem;border-bottom:1px solid #b8c2cf}h3{font-size:1.05rem}
        .meta{color:#4a4a4a;font-size:.92rem}
        mark{background:#ffe680;color:#1b1b1b;padding:0 .1em;border-radius:2px}
        .tag{display:inline-block;background:#eef1f5;border:1px solid #9aa9bd;border-radius:3px;padding:0 .35rem;margin:0 .2rem .2rem 0;font-size:.85rem;color:#1b1b1b}
        form.search{background:#f4f6f9;border:1px solid #c9d1dc;border-radius:4px;padding:.8rem 1rem}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.5rem 1rem}
        label{display:block;font-weight:600;font-size:.92rem}
        input,select,button{font:inherit;padding:.3rem .45rem;border:1px solid #5c5c5c;border-radius:3px;background:#fff;color:#1b1b1b;max-width:100%}
        input[type=search]{width:100%;box-sizing:border-box}
        .check label{display:inline;font-weight:400}
        button{background:#0b4ea2;border-color:#0b4ea2;color:#fff;font-weight:600;cursor:pointer;margin-top:.6rem}
        .layout{display:grid;grid-template-columns:15rem 1fr;gap:1.5rem}@media(max-width:52rem){.layout{grid-template-columns:1fr}}
        aside h2{font-size:1rem}aside ul{list-style:none;padding:0;margin:0 0 .8rem}aside li{margin:.15rem 0}
        ol.hits{padding-left:1.4rem}ol.hits li{margin:0 0 1rem}.hit-title{font-weight:600}
        blockquote{margin:.3rem 0 .8rem;padding:.2rem .8rem;border-left:4px solid #9aa9bd;background:#fafbfc}
        table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.92rem}
        th,td{border:1px solid #8a8a8a;padding:.25rem .45rem;vertical-align:top;text-align:left}th{background:#eef1f5}
        td.n{text-align:right;font-variant-numeric:tabular-nums}td.gap{background:#fde2e1;font-weight:700;color:#7a1a10}
        td.expected{background:#e3f1e4}.scroll{overflow-x:auto}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
        .pager{display:flex;gap:1.5rem;margin:1rem 0}td.date{white-space:nowrap}
        ul.entries{list-style:none;padding:0}ul.entries li{margin:0 0 .9rem}.passage{margin:0 0 1.2rem}
        """

    /// `HTML.escape`, short.
    static func h(_ text: String) -> String { HTML.escape(text) }

    /// A `lang` attribute for a stored language code, when it is one.
    static func lang(_ code: String?) -> String {
        guard let code, code.wholeMatch(of: /[a-z]{2,3}/) != nil else { return "" }
        return " lang=\"\(code)\""
    }

    /// `X.1281 Amd 1 (03/2024)`, or the id.
    static func name(identifier: String?, part: String?, edition: String?, id: String) -> String {
        guard let identifier else { return id }
        return [identifier, part, edition.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
    }

    static func documentLink(_ id: String, _ text: String) -> String {
        "<a href=\"/documents/\(QueryString.component(id))\">\(h(text))</a>"
    }

    static func topicLink(_ id: String, _ text: String) -> String {
        "<a href=\"/topics/\(QueryString.component(id))\">\(h(text))</a>"
    }

    /// A list of document summaries, each a link.
    static func documentList(_ documents: [DocumentSummary]) -> String {
        guard !documents.isEmpty else { return "<p>None.</p>" }
        let items = documents.map { document in
            let facts = [
                document.kind, document.status, document.date, document.language,
                document.studyGroups.isEmpty ? nil : document.studyGroups.joined(separator: ", "),
            ].compactMap { $0 }.joined(separator: " · ")
            return """
                <li>\(documentLink(document.id, document.name)) <span\(lang(document.language))>\
                \(h(document.title ?? ""))</span> <span class="meta">\(h(facts))</span></li>
                """
        }
        return "<ul>" + items.joined(separator: "\n") + "</ul>"
    }

    /// Repository items (requirements, use cases, issues) with their source.
    static func entryList(_ entries: [RepositoryEntry], names: [String: DocumentSummary]) -> String {
        guard !entries.isEmpty else { return "<p>None found.</p>" }
        let items = entries.map { entry in
            let source = names[entry.documentID]
            let clause = entry.section.map { ", clause " + h($0) } ?? ""
            return """
                <li><blockquote\(lang(source?.language))>\(h(entry.text))</blockquote>\
                <span class="meta">\(documentLink(entry.documentID, source?.name ?? entry.documentID))\(clause)\
                \(entry.studyGroups.isEmpty ? "" : ", " + h(entry.studyGroups.joined(separator: ", ")))</span></li>
                """
        }
        return "<ul class=\"entries\">" + items.joined(separator: "\n") + "</ul>"
    }
}
