extension GapReport {
    /// The matrix as Markdown: one row per topic, one column per study group; `R/W/I` counts
    /// (Recommendations in force, work in progress, informative), `GAP` where an expected study group has nothing.
    public func markdown() -> String {
        var lines = [
            "# Gap analysis: DPI topics × ITU-T study groups", "",
            "Cells: Recommendations in force / work in progress (contributions, TDs, liaison statements, reports) / "
                + "informative texts (Supplements). **GAP**: a study group the taxonomy expects to work on the topic "
                + "has no document. *expected*: expected and covered.", "",
            "| Topic | " + studyGroups.joined(separator: " | ") + " | Documents | Newest |",
            "|---|" + String(repeating: "---|", count: studyGroups.count) + "---|---|",
        ]
        for topic in topics {
            lines.append(row(topic, bold: true))
            for subtopic in topic.subtopics { lines.append(row(subtopic, bold: false)) }
        }
        lines.append("")
        let informativeOnly = (topics + topics.flatMap(\.subtopics)).filter(\.onlyInformative)
        if !informativeOnly.isEmpty {
            lines.append("Covered only by informative texts: " + informativeOnly.map(\.label).joined(separator: ", "))
            lines.append("")
        }
        lines.append("## Standardization issues found in the documents")
        for topic in topics {
            let issues = topic.issues + topic.subtopics.flatMap(\.issues)
            guard !issues.isEmpty else { continue }
            lines.append("")
            lines.append("### \(topic.label)")
            var seen = Set<String>()
            for issue in issues where seen.insert(issue.passageID).inserted {
                let source = names[issue.documentID]?.name ?? issue.documentID
                let clause = issue.section.map { " §\($0)" } ?? ""
                lines.append("- \(Markdown.cell(issue.text)) — *\(source)\(clause)*")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ row: GapRow, bold: Bool) -> String {
        let label = bold ? "**\(Markdown.cell(row.label))**" : "  \(Markdown.cell(row.label))"
        let cells = row.cells.map { cell -> String in
            if cell.gap { return "**GAP**" }
            if cell.documents == 0 { return "" }
            let counts = "\(cell.recommendations)/\(cell.workInProgress)/\(cell.informative)"
            return cell.expected ? "*\(counts)*" : counts
        }
        let flag = row.onlyInformative ? " (informative only)" : ""
        return "| \(label)\(flag) | " + cells.joined(separator: " | ")
            + " | \(row.documents) | \(row.newestDate ?? "") |"
    }

    private var names: [String: DocumentSummary] { Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) }) }

    /// One CSV row per topic or subtopic and study group.
    public func csv() -> String {
        var rows = [
            [
                "category", "parent", "label", "study_group", "recommendations", "work_in_progress", "informative",
                "documents", "newest_date", "expected", "gap", "document_ids",
            ]
        ]
        for topic in topics {
            for row in [topic] + topic.subtopics {
                for cell in row.cells {
                    rows.append([
                        row.id, row.id == topic.id ? "" : topic.id, row.label, cell.studyGroup,
                        String(cell.recommendations), String(cell.workInProgress), String(cell.informative),
                        String(cell.documents), cell.newestDate ?? "", cell.expected ? "1" : "0",
                        cell.gap ? "1" : "0", cell.documentIDs.joined(separator: ";"),
                    ])
                }
            }
        }
        return CSV.render(rows)
    }

    /// One self-contained page: the heatmap (SVG), the matrix per topic with its subtopics, the
    /// issues found, and the documents behind the cells.
    public func html() -> String {
        var body = """
            <h1>Gap analysis: DPI topics × ITU-T study groups</h1>
            <p>WTSA-24 Resolution 103 asks for an analysis of where ITU-T study groups could work on digital public \
            infrastructure. Each cell counts the texts labelled with a topic in a study group: Recommendations in force \
            (R), work in progress — contributions, TDs, liaison statements and meeting reports — (W), and informative \
            texts such as Supplements (I). A <span class="flag">gap</span> is a study group that the taxonomy expects \
            to work on a topic and that has no document on it.</p>

            """
        body += heatmap()
        body += "<h2>Topics and subtopics</h2>\n"
        for topic in topics { body += section(topic) }
        body += HTML.documentList(documents)
        return HTML.page(title: "Gap analysis: DPI topics × ITU-T study groups", body: body)
    }

    func heatmap() -> String {
        let labelWidth = 250
        let cellWidth = 54
        let cellHeight = 26
        let top = 34
        let width = labelWidth + cellWidth * studyGroups.count + 10
        let height = top + cellHeight * topics.count + 44
        let maximum = max(1, topics.flatMap(\.cells).map(\.documents).max() ?? 1)
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="heatmap-title" \
            width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)">
            <title id="heatmap-title">Documents per DPI topic and study group; red outline: expected but empty</title>

            """
        for (column, group) in studyGroups.enumerated() {
            let x = labelWidth + column * cellWidth + cellWidth / 2
            svg += "<text x=\"\(x)\" y=\"22\" font-size=\"12\" text-anchor=\"middle\">\(HTML.escape(group))</text>\n"
        }
        for (line, topic) in topics.enumerated() {
            let y = top + line * cellHeight
            svg += """
                <a href="#topic-\(HTML.escape(topic.id))"><text x="\(labelWidth - 8)" y="\(y + 17)" font-size="12" \
                text-anchor="end">\(HTML.escape(topic.label))</text></a>

                """
            for (column, cell) in topic.cells.enumerated() {
                let x = labelWidth + column * cellWidth
                let shade = cell.documents == 0 ? 0 : 0.18 + 0.82 * Double(cell.documents) / Double(maximum)
                let fill = cell.documents == 0 ? "#ffffff" : Self.blue(shade)
                let stroke = cell.gap ? "stroke=\"#c0392b\" stroke-width=\"2.5\"" : "stroke=\"#b8c2cc\""
                let ink = shade > 0.6 ? "#ffffff" : "#1a1a1a"
                let label = cell.gap ? "gap" : (cell.documents == 0 ? "" : "\(cell.documents)")
                svg += """
                    <a href="#topic-\(HTML.escape(topic.id))"><rect x="\(x + 1)" y="\(y + 1)" width="\(cellWidth - 2)" \
                    height="\(cellHeight - 2)" fill="\(fill)" \(stroke)><title>\(HTML.escape(topic.label)) × \
                    \(HTML.escape(cell.studyGroup)): \(cell.recommendations) R, \(cell.workInProgress) W, \
                    \(cell.informative) I\(cell.expected ? ", expected" : "")\(cell.gap ? ", GAP" : "")</title></rect>\
                    <text x="\(x + cellWidth / 2)" y="\(y + 17)" font-size="11" text-anchor="middle" \
                    fill="\(cell.gap ? "#c0392b" : ink)">\(label)</text></a>

                    """
            }
        }
        let legendY = top + cellHeight * topics.count + 22
        svg += """
            <text x="\(labelWidth)" y="\(legendY)" font-size="11">Number in a cell: distinct texts. Darker: more. \
            Red outline: expected study group with no text (gap).</text>
            </svg>

            """
        return svg
    }

    /// Light to dark blue.
    static func blue(_ shade: Double) -> String {
        let clamped = min(1, max(0, shade))
        let red = Int(232 - clamped * (232 - 20))
        let green = Int(240 - clamped * (240 - 70))
        let blue = Int(250 - clamped * (250 - 140))
        return "rgb(\(red),\(green),\(blue))"
    }

    func section(_ topic: GapRow) -> String {
        var html = """
            <h3 id="topic-\(HTML.escape(topic.id))">\(HTML.escape(topic.label)) \
            <span class="muted">(\(HTML.escape(topic.id)))</span></h3>
            <p>\(topic.documents) texts: \(topic.recommendations) Recommendations in force, \(topic.workInProgress) \
            in progress, \(topic.informative) informative\(topic.newestDate.map { "; newest \($0)" } ?? "").\
            \(topic.onlyInformative ? " <span class=\"flag\">Covered only by informative texts.</span>" : "")</p>
            <table><thead><tr><th scope="col">Topic / subtopic</th>
            """
        for group in studyGroups { html += "<th scope=\"col\">\(HTML.escape(group))</th>" }
        html += "</tr></thead><tbody>\n"
        for row in [topic] + topic.subtopics {
            let name = row.id == topic.id ? "<strong>\(HTML.escape(row.label))</strong>" : HTML.escape(row.label)
            html += "<tr><th scope=\"row\">\(name)\(row.onlyInformative ? " (informative only)" : "")</th>"
            for cell in row.cells {
                if cell.gap {
                    html += "<td class=\"gap\">gap</td>"
                } else if cell.documents == 0 {
                    html += "<td></td>"
                } else {
                    let links = cell.documentIDs.map { HTML.documentLink($0, names) }.joined(separator: "<br>")
                    html += """
                        <td class="n" title="R/W/I">\(cell.recommendations)/\(cell.workInProgress)/\
                        \(cell.informative)<br><small>\(links)</small></td>
                        """
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody></table>\n"
        var seen = Set<String>()
        let issues = (topic.issues + topic.subtopics.flatMap(\.issues)).filter { seen.insert($0.passageID).inserted }
        if !issues.isEmpty {
            html += "<p><strong>Standardization issues stated in the texts</strong></p>\n"
            for issue in issues {
                html += """
                    <blockquote>\(HTML.escape(issue.text))<br><span class="muted">— \
                    \(HTML.documentLink(issue.documentID, names))\(issue.section.map { ", clause " + HTML.escape($0) } ?? "")\
                    </span></blockquote>

                    """
            }
        }
        return html
    }
}
