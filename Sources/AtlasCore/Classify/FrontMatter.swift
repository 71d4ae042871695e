/// The title, keywords and abstract (or summary) a document states on its front page, read from the
/// first lines of its text: a `Keywords` or `Summary` line followed by its text (Recommendation covers),
/// or a `Keywords:` / `Abstract:` / `Title:` field with its value on the same line (contribution and TD
/// front-page tables, whose cells extraction joins with tabs).
///
/// The pipeline gives these fields from recognition; the classifier reads them itself only when it is
/// handed a whole text.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var keywords: String?
    public var abstract: String?

    static let titleLabels = ["title", "titre", "标题", "título", "название", "العنوان"]
    static let keywordLabels = [
        "keywords", "mots clés", "mots-clés", "mots clefs", "关键词", "关键字", "palabras clave", "ключевые слова",
        "الكلمات الرئيسية",
    ]
    static let abstractLabels = ["abstract", "summary", "résumé", "摘要", "resumen", "резюме", "аннотация", "ملخص"]
    /// Lines that end a value: the other front-page labels and what follows the summary on a cover.
    static let stopLabels = [
        "history", "historique", "历史", "historia", "история", "foreword", "avant-propos", "前言", "table of contents",
        "table des matières", "目录", "question(s)", "source", "contact", "purpose", "objet", "for action to",
        "for information to", "approval", "deadline",
    ]

    /// How far into a text the front page can reach, in lines.
    static let reach = 400

    public init(title: String? = nil, keywords: String? = nil, abstract: String? = nil) {
        self.title = title
        self.keywords = keywords
        self.abstract = abstract
    }

    /// Reads the first lines of a text (pages separated by form feeds).
    public init(text: String) {
        var lines: [String] = []
        var rest = Substring(text)
        while lines.count < Self.reach, !rest.isEmpty {
            let end = rest.firstIndex { $0 == "\n" || $0 == "\u{0C}" } ?? rest.endIndex
            lines.append(FastText.trimmed(rest[..<end]))
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        var index = 0
        while index < lines.count {
            let lowered = lines[index].lowercased()
            if title == nil, let (value, _) = Self.inline(lines[index], lowered, labels: Self.titleLabels) {
                title = value
            } else if keywords == nil, let (value, end) = Self.value(lines, index, lowered, Self.keywordLabels, 4) {
                keywords = value
                index = end
                continue
            } else if abstract == nil, let (value, end) = Self.value(lines, index, lowered, Self.abstractLabels, 20) {
                abstract = value
                index = end
                continue
            }
            index += 1
        }
    }

    /// `Label: value` or `Label<tab>value` on one line.
    private static func inline(_ line: String, _ lowered: String, labels: [String]) -> (String, Int)? {
        for label in labels where lowered.hasPrefix(label) {
            let rest = line.dropFirst(label.count)
            guard let first = rest.first, first == ":" || first == "：" || first == "\t" else { continue }
            let value = rest.drop { $0 == ":" || $0 == "：" || $0.isWhitespace }
            if !value.isEmpty { return (String(value), 0) }
        }
        return nil
    }

    /// A value on the label's line, or on the lines after a line holding only the label (up to `limit`
    /// lines, until a blank line, another label or a clause heading). Returns the value and the next line.
    private static func value(
        _ lines: [String], _ index: Int, _ lowered: String, _ labels: [String], _ limit: Int
    ) -> (String, Int)? {
        if let (value, _) = inline(lines[index], lowered, labels: labels) { return (value, index + 1) }
        let bare = lowered.hasSuffix(":") || lowered.hasSuffix("：") ? String(lowered.dropLast()) : lowered
        guard labels.contains(bare) else { return nil }
        var taken: [String] = []
        var position = index + 1
        while position < lines.count, taken.count < limit {
            let line = lines[position]
            let lower = line.lowercased()
            if line.isEmpty && !taken.isEmpty { break }
            if isLabel(lower) || Heading(numbered: line) != nil { break }
            if !line.isEmpty { taken.append(line) }
            position += 1
        }
        guard !taken.isEmpty else { return nil }
        return (joinLines(taken), position)
    }

    /// Another label, or a footnote (`* The unique ID …`).
    static func isLabel(_ lowered: String) -> Bool {
        if lowered.hasPrefix("*") { return true }
        return (stopLabels + keywordLabels + abstractLabels + titleLabels).contains { label in
            lowered == label || lowered.hasPrefix(label + ":") || lowered.hasPrefix(label + "\t")
                || lowered.hasPrefix(label + "：")
        }
    }

    /// Lines of a wrapped paragraph joined back, mending words hyphenated at the line end (`con-` `trols`).
    static func joinLines(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            if text.hasSuffix("-"), let first = line.first, first.isLowercase,
                let before = text.dropLast().last, before.isLetter
            {
                text.removeLast()
                text += line
            } else {
                text += text.isEmpty ? line : " " + line
            }
        }
        return text
    }
}
