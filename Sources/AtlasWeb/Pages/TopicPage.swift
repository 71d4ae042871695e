import AtlasCore
import AtlasStore

/// A DPI topic (or subtopic): its definition, coverage and gaps, documents, requirements, use cases
/// and standardization issues; and the list of all topics.
enum TopicPage {
    static func render(_ view: TopicView) -> String {
        let topic = view.topic
        var body = ""
        if let parent = view.parent {
            body += "<p class=\"meta\">Subtopic of \(Layout.topicLink(parent.id, parent.label))</p>\n"
        }
        body += "<h1>\(h(topic.label))</h1>\n"
        if let definition = topic.definition { body += "<p>\(h(definition))</p>\n" }
        var facts: [(String, String)] = [
            ("Taxonomy id", "<code>\(h(topic.id))</code>"),
            (
                "Expected study groups",
                h(topic.studyGroups.isEmpty ? "–" : studyGroupOrder(topic.studyGroups).joined(separator: ", "))
            ),
            (
                "Coverage",
                "\(view.recommendations) Recommendations in force, \(view.workInProgress) works in progress, "
                    + "\(view.informative) informative texts (\(view.documentCount) works)"
            ),
            (
                "Gaps",
                view.gapStudyGroups.isEmpty
                    ? "none: every expected study group has a document"
                    : "<strong>" + h(view.gapStudyGroups.joined(separator: ", ")) + "</strong> expected, no document"
            ),
        ]
        if !topic.buildingBlocks.isEmpty {
            facts.append(("GovStack building blocks", h(topic.buildingBlocks.joined(separator: ", "))))
        }
        if !view.subtopics.isEmpty {
            facts.append(
                ("Subtopics", view.subtopics.map { Layout.topicLink($0.id, $0.label) }.joined(separator: ", ")))
        }
        body += "<dl class=\"facts\">" + facts.map { "<dt>\(h($0.0))</dt><dd>\($0.1)</dd>" }.joined() + "</dl>\n"
        body +=
            "<p><a href=\"/search?q=&amp;category=\(h(QueryString.component(topic.id)))\">Search within this topic</a>"
            + " · <a href=\"/gap#row-\(h(topic.id))\">Its row in the gap matrix</a></p>\n"
        let names = Dictionary(view.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        body += "<h2 id=\"documents\">Documents (\(view.documents.count))</h2>\n" + Layout.documentList(view.documents)
        body +=
            "<h2 id=\"requirements\">Technical requirements (\(view.requirements.count))</h2>\n"
            + Layout.entryList(view.requirements, names: names)
        body +=
            "<h2 id=\"use-cases\">Use cases (\(view.useCases.count))</h2>\n"
            + Layout.entryList(view.useCases, names: names)
        body +=
            "<h2 id=\"issues\">Standardization issues and gaps (\(view.issues.count))</h2>\n"
            + Layout.entryList(view.issues, names: names)
        return Layout.page(title: topic.label, current: .topics, body: body)
    }

    static func renderIndex(_ topics: [TopicSummary]) -> String {
        var body = """
            <h1>DPI topics</h1>
            <p>The taxonomy's topics and subtopics, with the distinct works labelled with each \
            (Recommendations in force, work in progress, informative texts).</p>
            <table><thead><tr><th scope="col">Topic</th><th scope="col">Works</th><th scope="col">Recommendations</th>\
            <th scope="col">Work in progress</th><th scope="col">Informative</th></tr></thead><tbody>

            """
        for topic in topics {
            body += row(topic, indent: false)
            for subtopic in topic.subtopics { body += row(subtopic, indent: true) }
        }
        return Layout.page(title: "Topics", current: .topics, body: body + "</tbody></table>\n")
    }

    private static func row(_ topic: TopicSummary, indent: Bool) -> String {
        let name = Layout.topicLink(topic.id, topic.label)
        return """
            <tr><th scope="row">\(indent ? "<span aria-hidden=\"true\">– </span>" + name : "<strong>" + name + "</strong>")</th>\
            <td class="n">\(topic.documents)</td><td class="n">\(topic.recommendations)</td>\
            <td class="n">\(topic.workInProgress)</td><td class="n">\(topic.informative)</td></tr>

            """
    }

    /// SG2, SG3, …, SG21, then TSAG.
    static func studyGroupOrder(_ groups: [String]) -> [String] {
        groups.sorted { (Int($0.dropFirst(2)) ?? Int.max, $0) < (Int($1.dropFirst(2)) ?? Int.max, $1) }
    }

    private static func h(_ text: String) -> String { Layout.h(text) }
}
