/// Small helpers for the self-contained HTML reports (and the one escaping function of the web pages).
public enum HTML {
    /// Text made safe inside an element or a quoted attribute: `& < > " '` as entities.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A whole page: one file, no scripts, no outside resources, fit to print.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 72rem;
          padding: 0 1rem; line-height: 1.45; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #999; }
        h3 { font-size: 1.05rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
        th, td { border: 1px solid #888; padding: .25rem .45rem; vertical-align: top; text-align: left; }
        th { background: #eef1f5; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.gap { background: #fde2e1; font-weight: bold; }
        .muted { color: #555; } .flag { color: #8a1c13; font-weight: bold; }
        blockquote { margin: .3rem 0 .8rem 1rem; padding-left: .6rem; border-left: 3px solid #9aa9bd; }
        a { color: #0b4ea2; }
        svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
        @media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; }
          h2 { break-after: avoid; } table, svg { break-inside: avoid; } }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// The list of documents a report links to: each has an anchor `doc-ID`.
    static func documentList(_ documents: [DocumentSummary]) -> String {
        guard !documents.isEmpty else { return "" }
        var rows = ""
        for document in documents {
            rows += """
                <tr id="doc-\(escape(document.id))"><td>\(escape(document.name))</td><td>\(escape(document.kind))\
                \(document.status.map { ", " + escape($0) } ?? "")</td><td>\(escape(document.title ?? ""))</td>\
                <td>\(escape(document.studyGroups.joined(separator: ", ")))</td><td>\(escape(document.date ?? ""))</td>\
                <td>\(escape(document.language ?? ""))</td><td><code>\(escape(document.id))</code><br>\
                <span class="muted">\(escape(document.path))</span></td></tr>

                """
        }
        return """
            <h2 id="documents">Documents</h2>
            <p class="muted">Each record can be opened with <code>dpiatlas show ID</code>.</p>
            <table><thead><tr><th>Document</th><th>Kind</th><th>Title</th><th>Study groups</th><th>Date</th>\
            <th>Lang.</th><th>ID and file</th></tr></thead><tbody>
            \(rows)</tbody></table>
            """
    }

    static func documentLink(_ id: String, _ names: [String: DocumentSummary]) -> String {
        "<a href=\"#doc-\(escape(id))\">\(escape(names[id]?.name ?? id))</a>"
    }
}

/// RFC 4180 CSV: fields holding commas, quotes or line breaks are quoted, quotes doubled; CRLF lines.
public enum CSV {
    public static func render(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Markdown table cells: pipes escaped, line breaks folded.
enum Markdown {
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
