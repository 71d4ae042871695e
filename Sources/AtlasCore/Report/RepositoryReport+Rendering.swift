extension RepositoryReport {
    private var names: [String: DocumentSummary] { Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) }) }

    private static let typeTitles = [
        "requirement": "Technical requirements", "use-case": "Use cases", "gap": "Standardization issues",
    ]

    /// Entries of a topic and its subtopics, each passage once.
    private func allEntries(_ topic: Topic) -> [RepositoryEntry] {
        var seen = Set<String>()
        return (topic.entries + topic.subtopics.flatMap(\.entries)).filter { seen.insert($0.passageID).inserted }
    }

    public func markdown() -> String {
        var lines = [
            "# Repository of DPI technical requirements, use cases and standardization issues", "",
            "Compiled from ITU-T texts for WTSA-24 Resolution 103. Each item gives its source document, clause and "
                + "study group, and the document id for `dpiatlas show`.",
        ]
        for topic in topics where !allEntries(topic).isEmpty {
            lines += ["", "## \(topic.label)"]
            for part in [topic] + topic.subtopics where !part.entries.isEmpty {
                if part.id != topic.id { lines += ["", "### \(part.label)"] }
                for type in ["requirement", "use-case", "gap"] {
                    let entries = part.entries.filter { $0.type == type }
                    guard !entries.isEmpty else { continue }
                    lines += ["", "**\(Self.typeTitles[type]!)**", ""]
                    for entry in entries {
                        let source = names[entry.documentID]?.name ?? entry.documentID
                        let clause = entry.section.map { ", clause \($0)" } ?? ""
                        let groups = entry.studyGroups.isEmpty ? "" : ", " + entry.studyGroups.joined(separator: ", ")
                        lines.append(
                            "- \(Markdown.cell(entry.text)) — *\(source)\(clause)\(groups)* (`\(entry.documentID)`)")
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        var rows = [
            [
                "topic", "category", "type", "text", "document_id", "document", "title", "section", "page",
                "study_groups", "filed_by", "passage_id",
            ]
        ]
        for topic in topics {
            for part in [topic] + topic.subtopics {
                for entry in part.entries {
                    let document = names[entry.documentID]
                    rows.append([
                        topic.id, part.id, entry.type, entry.text, entry.documentID, document?.name ?? "",
                        document?.title ?? "", entry.section ?? "", entry.page.map(String.init) ?? "",
                        entry.studyGroups.joined(separator: ";"), entry.filedBy, entry.passageID,
                    ])
                }
            }
        }
        return CSV.render(rows)
    }

    public func html() -> String {
        let counts = Dictionary(grouping: topics.flatMap(allEntries), by: \.type).mapValues(\.count)
        var body = """
            <h1>Repository of DPI technical requirements, use cases and standardization issues</h1>
            <p>Compiled from ITU-T texts for WTSA-24 Resolution 103: \(counts["requirement"] ?? 0) requirements, \
            \(counts["use-case"] ?? 0) use cases and \(counts["gap"] ?? 0) standardization issues, grouped by DPI topic \
            and subtopic. Each item links to its source document below.</p>
            <nav><ul>

            """
        for topic in topics {
            let count = allEntries(topic).count
            body += """
                <li><a href="#topic-\(HTML.escape(topic.id))">\(HTML.escape(topic.label))</a> \
                <span class="muted">(\(count))</span></li>

                """
        }
        body += "</ul></nav>\n"
        for topic in topics {
            body += "<h2 id=\"topic-\(HTML.escape(topic.id))\">\(HTML.escape(topic.label))</h2>\n"
            if allEntries(topic).isEmpty {
                body += "<p class=\"muted\">Nothing found in the corpus for this topic.</p>\n"
                continue
            }
            for part in [topic] + topic.subtopics where !part.entries.isEmpty {
                if part.id != topic.id { body += "<h3>\(HTML.escape(part.label))</h3>\n" }
                for type in ["requirement", "use-case", "gap"] {
                    let entries = part.entries.filter { $0.type == type }
                    guard !entries.isEmpty else { continue }
                    body += "<p><strong>\(Self.typeTitles[type]!)</strong></p>\n"
                    for entry in entries {
                        let clause = entry.section.map { ", clause " + HTML.escape($0) } ?? ""
                        let groups =
                            entry.studyGroups.isEmpty
                            ? "" : ", " + HTML.escape(entry.studyGroups.joined(separator: ", "))
                        body += """
                            <blockquote>\(HTML.escape(entry.text))<br><span class="muted">— \
                            \(HTML.documentLink(entry.documentID, names))\(clause)\(groups)</span></blockquote>

                            """
                    }
                }
            }
        }
        body += HTML.documentList(documents)
        return HTML.page(title: "Repository of DPI requirements, use cases and standardization issues", body: body)
    }
}

extension CoverageReport {
    private var names: [String: DocumentSummary] { Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) }) }

    public func markdown() -> String {
        var lines = [
            "# GovStack building blocks and the ITU-T texts that address them", "",
            "| Building block | Texts | Recommendations in force |", "|---|---:|---|",
        ]
        for block in blocks {
            let recommendations = block.documentIDs.compactMap { names[$0] }.filter { $0.kind == "recommendation" }
            lines.append(
                "| \(Markdown.cell(block.name)) | \(block.documentIDs.count) | "
                    + recommendations.map(\.name).joined(separator: ", ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        var rows = [["building_block", "name", "document_id", "document", "kind", "title", "via_categories"]]
        for block in blocks {
            for id in block.documentIDs {
                let document = names[id]
                rows.append([
                    block.id, block.name, id, document?.name ?? "", document?.kind ?? "", document?.title ?? "",
                    (block.via[id] ?? []).joined(separator: ";"),
                ])
            }
        }
        return CSV.render(rows)
    }

    public func html() -> String {
        var body = """
            <h1>GovStack building blocks and the ITU-T texts that address them</h1>
            <p>A text addresses a building block when it is labelled with a DPI category that the taxonomy maps to \
            that block.</p>
            <table><thead><tr><th scope="col">Building block</th><th scope="col">Texts</th>\
            <th scope="col">Documents</th></tr></thead><tbody>

            """
        for block in blocks {
            let links = block.documentIDs.map { HTML.documentLink($0, names) }.joined(separator: ", ")
            body += """
                <tr><th scope="row">\(HTML.escape(block.name))</th><td class="n">\(block.documentIDs.count)</td>\
                <td>\(links.isEmpty ? "<span class=\"flag\">none</span>" : links)</td></tr>

                """
        }
        body += "</tbody></table>\n" + HTML.documentList(documents)
        return HTML.page(title: "GovStack building blocks and ITU-T texts", body: body)
    }
}
