import AtlasCore
import AtlasStore
import Foundation

/// A document: identity, labels with their evidence marked in the passages, references out and in
/// (as links where the cited document is stored), and its other editions and translations.
enum DocumentPage {
    static func render(_ view: DocumentView, categoryLabels: [String: String]) -> String {
        let details = view.details
        let document = details.document
        let name = Layout.name(
            identifier: document.identifier, part: document.part, edition: document.edition, id: document.id)
        let language = Layout.lang(document.language)
        var body = "<h1>\(h(name))</h1>\n"
        if let title = document.title { body += "<p class=\"lead\"\(language)>\(h(title))</p>\n" }
        body += identity(details) + labels(details, categoryLabels: categoryLabels)
        body += evidence(view, language: language, categoryLabels: categoryLabels)
        body += references(details) + links(details)
        return Layout.page(title: name, current: nil, body: body)
    }

    static func identity(_ details: DocumentDetails) -> String {
        let document = details.document
        var rows: [(String, String)] = [
            ("Kind", h([document.kind, document.status].compactMap { $0 }.joined(separator: ", "))),
            (
                "Study groups",
                details.studyGroups.isEmpty
                    ? "–"
                    : details.studyGroups.map { group in
                        h(group.id) + (group.asWritten.map { " (written " + h($0) + ")" } ?? "")
                    }.joined(separator: ", ")
            ),
            ("Questions", h(details.questions.isEmpty ? "–" : details.questions.joined(separator: ", "))),
            ("Language", h(document.language ?? "–")),
        ]
        if let date = document.date { rows.append(("Date", h(date))) }
        if let source = document.source {
            rows.append(("Source", "<span\(Layout.lang(document.language))>\(h(source))</span>"))
        }
        if let period = details.studyPeriod { rows.append(("Study period", h(period))) }
        if let party = details.workingParty { rows.append(("Working party", h(party))) }
        let pages = document.pageCount.map { ", \($0) pages" } ?? ""
        rows.append(("File", "<code>\(h(document.path))</code> (\(h(document.format))\(pages))"))
        rows.append(("Document id", "<code>\(h(document.id))</code>"))
        if !details.passageKinds.isEmpty {
            let kinds = details.passageKinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            rows.append(("Passages", h(kinds.joined(separator: ", "))))
        }
        for disagreement in details.disagreements { rows.append(("Disagreement", h(disagreement))) }
        return "<h2>Identity</h2>\n<dl class=\"facts\">"
            + rows.map { "<dt>\(h($0.0))</dt><dd>\($0.1)</dd>" }.joined() + "</dl>\n"
    }

    static func labels(_ details: DocumentDetails, categoryLabels: [String: String]) -> String {
        var html = "<h2 id=\"labels\">Labels (\(details.labels.count))</h2>\n"
        guard !details.labels.isEmpty else { return html + "<p>No DPI topic was recognised in this document.</p>\n" }
        html += """
            <table><caption class="meta">Scores combine the keyword and TF-IDF engines; evidence is the \
            matched terms and where they stand.</caption>
            <thead><tr><th scope="col">Topic</th><th scope="col">Score</th><th scope="col">Keyword</th>\
            <th scope="col">TF-IDF</th><th scope="col">Evidence</th></tr></thead><tbody>
            """
        for label in details.labels {
            var counts: [String: Int] = [:]
            for item in label.evidence { counts["\(item.term) [\(item.field)]", default: 0] += 1 }
            let terms = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(8)
                .map { $0.value > 1 ? "\($0.key) ×\($0.value)" : $0.key }.joined(separator: "; ")
            html += """
                <tr><th scope="row">\(Layout.topicLink(label.category, categoryLabels[label.category] ?? label.category))\
                <br><span class="meta">\(h(label.category))</span></th>\
                <td class="n">\(score(label.score))</td><td class="n">\(score(label.keywordScore))</td>\
                <td class="n">\(score(label.tfidfScore))</td><td>\(h(terms))</td></tr>

                """
        }
        return html + "</tbody></table>\n"
    }

    static func evidence(_ view: DocumentView, language: String, categoryLabels: [String: String]) -> String {
        guard !view.evidencePassages.isEmpty else { return "" }
        var html = """
            <h2 id="evidence">Evidence in the passages</h2>
            <p class="meta">The terms behind each label are <mark>marked</mark>; hover or read the list after \
            each passage for the topic.</p>

            """
        for passage in view.evidencePassages {
            let place = [
                passage.section.map { "§ " + $0 }, passage.heading, passage.page.map { "page \($0)" },
                passage.kind == "other" ? nil : passage.kind,
            ].compactMap { $0 }.joined(separator: " · ")
            let topics = Set(passage.marks.map(\.category)).sorted().map {
                "<span class=\"tag\">\(h(categoryLabels[$0] ?? $0))</span>"
            }.joined()
            html += """
                <div class="passage"><div class="meta">\(h(place.isEmpty ? "Passage \(passage.ordinal + 1)" : place))</div>
                <blockquote\(language)>\(highlighted(passage.text, marks: passage.marks, labels: categoryLabels))</blockquote>
                <div class="meta">Topics: \(topics)</div></div>

                """
        }
        return html
    }

    /// The passage with each evidence span (code-point offsets) in `<mark>`; overlapping spans merge
    /// into the first, spans beyond the text are left out.
    static func highlighted(
        _ text: String, marks: [DocumentView.EvidencePassage.Mark], labels: [String: String]
    )
        -> String
    {
        let scalars = Array(text.unicodeScalars)
        func slice(_ from: Int, _ to: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[from..<to])
            return Layout.h(String(view))
        }
        var html = ""
        var position = 0
        for mark in marks.sorted(by: { $0.start < $1.start }) {
            guard mark.start >= position, mark.end <= scalars.count, mark.start < mark.end else { continue }
            let topic = labels[mark.category] ?? mark.category
            html += slice(position, mark.start)
            html += "<mark title=\"\(h(topic)): \(h(mark.term))\">" + slice(mark.start, mark.end) + "</mark>"
            position = mark.end
        }
        return html + slice(position, scalars.count)
    }

    static func references(_ details: DocumentDetails) -> String {
        let resolved = details.referencesOut.filter { $0.resolvedID != nil }.count
        var html =
            "<h2 id=\"references-out\">References out (\(details.referencesOut.count), \(resolved) stored)</h2>\n"
        if details.referencesOut.isEmpty {
            html += "<p>None found.</p>\n"
        } else {
            html += "<ul>"
            for reference in details.referencesOut {
                let cited = reference.cited + (reference.edition.map { " (\($0))" } ?? "")
                let target =
                    reference.resolvedID.map { id in
                        Layout.documentLink(id, cited) + (reference.resolvedTitle.map { " " + h($0) } ?? "")
                    } ?? "\(h(cited)) <span class=\"meta\">(not in the corpus)</span>"
                let clause = reference.section.map { " <span class=\"meta\">clause \(h($0))</span>" } ?? ""
                html += "<li>\(target)\(clause)</li>"
            }
            html += "</ul>\n"
        }
        html += "<h2 id=\"references-in\">Cited by (\(details.referencesIn.count))</h2>\n"
        guard !details.referencesIn.isEmpty else { return html + "<p>No stored document cites it.</p>\n" }
        html += "<ul>"
        for citing in details.referencesIn {
            html +=
                "<li>\(Layout.documentLink(citing.id, citing.identifier ?? citing.id)) "
                + "<span class=\"meta\">\(h(citing.kind))</span> \(h(citing.title ?? ""))</li>"
        }
        return html + "</ul>\n"
    }

    static func links(_ details: DocumentDetails) -> String {
        var html = "<h2 id=\"editions\">Translations and editions</h2>\n"
        guard !details.links.isEmpty else { return html + "<p>No other edition or translation is stored.</p>\n" }
        html += "<ul>"
        for link in details.links {
            let name = Layout.name(identifier: link.identifier, part: link.part, edition: link.edition, id: link.id)
            let language = link.language.map { " <span class=\"meta\">\(h($0))</span>" } ?? ""
            html += "<li>\(h(link.relation)): \(Layout.documentLink(link.id, name))\(language)</li>"
        }
        return html + "</ul>\n"
    }

    private static func score(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    private static func h(_ text: String) -> String { Layout.h(text) }
}
