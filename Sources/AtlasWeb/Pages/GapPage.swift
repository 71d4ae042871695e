import AtlasCore
import AtlasStore

/// The gap matrix (DPI topics × study groups), each cell a link to the documents behind it; and one cell.
enum GapPage {
    static func render(_ report: GapReport) -> String {
        var body = """
            <h1>Gap matrix: DPI topics × ITU-T study groups</h1>
            <p>Each cell counts distinct works: Recommendations in force / work in progress (contributions, \
            TDs, liaison statements, reports) / informative texts (Supplements). <strong>Gap</strong>: a study \
            group the taxonomy expects on the topic has no document. A green cell is expected and covered. \
            Open a cell for its documents.</p>
            <div class="scroll"><table><thead><tr><th scope="col">Topic</th>
            """
        body += report.studyGroups.map { "<th scope=\"col\">\(h($0))</th>" }.joined()
        body += "<th scope=\"col\">Works</th><th scope=\"col\">Newest</th></tr></thead><tbody>\n"
        for topic in report.topics {
            body += row(topic, studyGroups: report.studyGroups, indent: false)
            for subtopic in topic.subtopics { body += row(subtopic, studyGroups: report.studyGroups, indent: true) }
        }
        body += "</tbody></table></div>\n"
        let informativeOnly = (report.topics + report.topics.flatMap(\.subtopics)).filter(\.onlyInformative)
        if !informativeOnly.isEmpty {
            body +=
                "<p>Covered only by informative texts: "
                + informativeOnly.map { Layout.topicLink($0.id, $0.label) }.joined(separator: ", ") + "</p>\n"
        }
        return Layout.page(title: "Gap matrix", current: .gap, body: body)
    }

    private static func row(_ row: GapRow, studyGroups: [String], indent: Bool) -> String {
        let name = Layout.topicLink(row.id, row.label)
        var html =
            "<tr id=\"row-\(h(row.id))\"><th scope=\"row\">"
            + (indent ? "<span aria-hidden=\"true\">– </span>" + name : "<strong>" + name + "</strong>") + "</th>"
        for (cell, group) in zip(row.cells, studyGroups) {
            let href = "/gap/\(QueryString.component(row.id))/\(QueryString.component(group))"
            if cell.gap {
                html +=
                    "<td class=\"gap\"><a href=\"\(h(href))\">Gap<span class=\"skip\"> for \(h(group))</span></a></td>"
            } else if cell.documents == 0 {
                html += "<td></td>"
            } else {
                let counts = "\(cell.recommendations)/\(cell.workInProgress)/\(cell.informative)"
                let label = "\(row.label), \(group): \(cell.documents) works"
                html +=
                    "<td class=\"n\(cell.expected ? " expected" : "")\"><a href=\"\(h(href))\" "
                    + "aria-label=\"\(h(label))\">\(counts)</a></td>"
            }
        }
        return html + "<td class=\"n\">\(row.documents)</td><td class=\"date\">\(h(row.newestDate ?? ""))</td></tr>\n"
    }

    static func renderCell(_ view: GapCellView) -> String {
        let cell = view.cell
        let title = "\(view.topic.label) × \(view.studyGroup)"
        var body = "<h1>\(h(title))</h1>\n<p>"
        body += "Topic \(Layout.topicLink(view.topic.id, view.topic.label)) in \(h(view.studyGroup)): "
        body += "\(cell.recommendations) Recommendations in force, \(cell.workInProgress) works in progress, "
        body += "\(cell.informative) informative texts (\(cell.documents) works"
        body += cell.newestDate.map { ", newest " + h($0) } ?? ""
        body += ").</p>\n"
        if cell.gap {
            body +=
                "<p><strong>Gap:</strong> the taxonomy expects \(h(view.studyGroup)) to work on this topic, "
                + "and no document of it is labelled with the topic.</p>\n"
        } else if cell.expected {
            body += "<p>The taxonomy expects \(h(view.studyGroup)) to work on this topic.</p>\n"
        }
        body += "<h2>Documents (\(view.documents.count))</h2>\n" + Layout.documentList(view.documents)
        body += "<p><a href=\"/gap#row-\(h(view.topic.id))\">Back to the gap matrix</a></p>\n"
        return Layout.page(title: title, current: .gap, body: body)
    }

    private static func h(_ text: String) -> String { Layout.h(text) }
}
