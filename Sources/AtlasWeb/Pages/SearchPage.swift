import AtlasCore
import AtlasStore
import Foundation

/// The search page: the form (every filter of `dpiatlas query`), the facets and one page of results.
enum SearchPage {
    static func render(
        _ results: SearchResults, categories: [CategoryRecord], categoryLabels: [String: String]
    )
        -> String
    {
        let query = results.query
        let title = query.q.isEmpty ? "Search" : "Search: \(query.q)"
        var body = "<h1>Search the corpus</h1>\n" + form(query, categories: categories)
        if query.q.isEmpty {
            body += """
                <p>Type words to search the titles and passages of every document. Every word must occur; \
                Chinese words are found inside unspaced text. Or browse the <a href="/topics">DPI topics</a> \
                and the <a href="/gap">gap matrix</a>.</p>
                """
            return Layout.page(title: title, current: .search, body: body)
        }
        body += "<div class=\"layout\">\n" + facets(results) + "<section aria-labelledby=\"results-heading\">\n"
        body += resultsSection(results, categoryLabels: categoryLabels) + "</section></div>"
        return Layout.page(title: title, current: .search, body: body)
    }

    static func form(_ query: SearchParameters, categories: [CategoryRecord]) -> String {
        func select(
            _ name: String, _ label: String, _ options: [(String, String)], _ selected: String?, any: Bool = true
        ) -> String {
            let choices: String = ((any ? [("", "Any")] : []) + options).map {
                (value: String, text: String) -> String in
                let mark = value == (selected ?? "") ? " selected" : ""
                return "<option value=\"\(h(value))\"\(mark)>\(h(text))</option>"
            }.joined()
            return "<div><label for=\"f-\(name)\">\(label)</label><select id=\"f-\(name)\" name=\"\(name)\">"
                + choices + "</select></div>"
        }
        func text(_ name: String, _ label: String, _ value: String?, _ placeholder: String) -> String {
            """
            <div><label for="f-\(name)">\(label)</label><input id="f-\(name)" name="\(name)" \
            value="\(h(value ?? ""))" placeholder="\(h(placeholder))" size="10"></div>
            """
        }
        let topics = categories.map { ($0.id, ($0.parentID == nil ? "" : "– ") + $0.label) }
        let kinds = DocumentIdentity.Kind.allCases.map { ($0.rawValue, $0.rawValue) }
        let languages = [
            ("en", "English"), ("fr", "French"), ("es", "Spanish"), ("ru", "Russian"), ("zh", "Chinese"),
            ("ar", "Arabic"),
        ]
        let types = Passage.Kind.allCases.map { ($0.rawValue, $0.rawValue) }
        let limits = [10, 20, 50, 100].map { (String($0), String($0)) }
        return """
            <form class="search" method="get" action="/search" role="search">
            <label for="f-q">Words</label>
            <input type="search" id="f-q" name="q" value="\(h(query.q))" maxlength="\(SearchParameters.maximumQueryLength)">
            <div class="grid">
            \(select("category", "Topic", topics, query.category))
            \(text("sg", "Study group", query.sg, "17"))
            \(text("question", "Question", query.question, "Q10/17"))
            \(select("kind", "Kind", kinds, query.kind))
            \(select("lang", "Language", languages, query.lang))
            \(text("since", "From date", query.since, "YYYY-MM"))
            \(text("until", "To date", query.until, "YYYY-MM"))
            \(select("type", "Passage type", types, query.type))
            \(select("limit", "Results per page", limits, String(query.limit), any: false))
            </div>
            <div class="check"><input type="checkbox" id="f-passages" name="passages" value="1"\
            \(query.passages ? " checked" : "")> <label for="f-passages">List passages, not documents</label></div>
            <button type="submit">Search</button>
            </form>
            """
    }

    static func facets(_ results: SearchResults) -> String {
        let query = results.query
        func group(_ title: String, _ name: String, _ facets: [SearchResults.Facet], current: String?) -> String {
            guard !facets.isEmpty else { return "" }
            let removal: [String: String?] =
                name == "year" ? ["since": nil, "until": nil] : [name: nil]
            var items: [String] = facets.prefix(15).map { (facet: SearchResults.Facet) -> String in
                let text = facet.label ?? facet.value
                if facet.value == current {
                    return "<li><strong>\(h(text))</strong> \(facet.count) "
                        + "<a href=\"\(h(query.link(removal)))\">remove<span class=\"skip\"> filter</span></a></li>"
                }
                let changes: [String: String?] =
                    name == "year" ? ["since": facet.value, "until": facet.value] : [name: facet.value]
                return "<li><a href=\"\(h(query.link(changes)))\">\(h(text))</a> \(facet.count)</li>"
            }
            if name == "year", current == nil, query.since != nil || query.until != nil {
                items.append(
                    "<li><a href=\"\(h(query.link(["since": nil, "until": nil])))\">any year</a></li>")
            }
            return "<h2 id=\"facet-\(name)\">\(title)</h2><ul aria-labelledby=\"facet-\(name)\">"
                + items.joined() + "</ul>\n"
        }
        let facets = results.facets
        let year = query.since != nil && query.since == query.until ? query.since : nil
        return "<aside aria-label=\"Refine\">"
            + group("Topic", "category", facets.topic, current: query.category)
            + group("Study group", "sg", facets.studyGroup, current: query.sg)
            + group("Kind", "kind", facets.kind, current: query.kind)
            + group("Language", "lang", facets.language, current: query.lang)
            + group("Year", "year", facets.year, current: year)
            + "</aside>\n"
    }

    static func resultsSection(_ results: SearchResults, categoryLabels: [String: String]) -> String {
        let query = results.query
        let noun = query.passages ? "passages" : "documents"
        guard !results.hits.isEmpty else {
            let message = results.total == 0 ? "No \(noun) match." : "No more results on this page."
            return "<h2 id=\"results-heading\">Results</h2><p>\(message)</p>"
        }
        let first = query.offset + 1
        let last = query.offset + results.hits.count
        let total = results.complete ? "\(results.total)" : "more than \(results.total - 1)"
        var html = """
            <h2 id="results-heading">Results</h2>
            <p>\(noun.prefix(1).uppercased() + noun.dropFirst()) \(first)–\(last) of \(total), best first.</p>
            <ol class="hits" start="\(first)">
            """
        for hit in results.hits {
            let name = Layout.name(identifier: hit.identifier, part: hit.part, edition: hit.edition, id: hit.documentID)
            let facts = [
                hit.kind, hit.language, hit.date,
                hit.studyGroups.isEmpty ? nil : hit.studyGroups.joined(separator: ", "),
            ].compactMap { $0 }.joined(separator: " · ")
            let place = [hit.section.map { "§ " + $0 }, hit.passageKind.flatMap { $0 == "other" ? nil : $0 }]
                .compactMap { $0 }.joined(separator: " · ")
            let labels = hit.labels.map { "<span class=\"tag\">\(h(categoryLabels[$0] ?? $0))</span>" }.joined()
            html += """
                <li><div class="hit-title">\(Layout.documentLink(hit.documentID, name))\
                \(hit.title.map { " <span\(Layout.lang(hit.language))>" + h($0) + "</span>" } ?? "")</div>
                <div class="meta">\(h(facts))\(place.isEmpty ? "" : " · " + h(place))</div>
                <blockquote\(Layout.lang(hit.language))>\(highlighted(hit.snippet))</blockquote>
                \(labels.isEmpty ? "" : "<div><span class=\"meta\">Labels:</span> " + labels + "</div>")</li>

                """
        }
        html += "</ol>\n<nav class=\"pager\" aria-label=\"Pages of results\">"
        if query.offset > 0 {
            html += "<a href=\"\(h(query.link(offset: max(0, query.offset - query.limit))))\">Previous page</a>"
        }
        if last < results.total, last + query.limit <= SearchParameters.maximumMatches {
            html += "<a href=\"\(h(query.link(offset: last)))\">Next page</a>"
        }
        return html + "</nav>"
    }

    /// A snippet with its `**matches**` as `<mark>`, everything else escaped.
    static func highlighted(_ snippet: String) -> String {
        let parts = snippet.components(separatedBy: "**")
        var html = ""
        for (index, part) in parts.enumerated() {
            html += index % 2 == 1 ? "<mark>" + h(part) + "</mark>" : h(part)
        }
        return html
    }

    private static func h(_ text: String) -> String { Layout.h(text) }
}
