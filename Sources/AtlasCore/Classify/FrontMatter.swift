/// The keywords and abstract (or summary) a document states on its front page, found among its first
/// passages: a `Keywords` / `Summary` heading followed by its text (Recommendation covers), or a
/// `Keywords:` / `Abstract:` field with its value (contribution and TD front-page tables).
public struct FrontMatter: Sendable, Hashable {
    public var keywords: String?
    public var abstract: String?
    /// The passages the fields were read from; they are not body text.
    public var consumed: Set<Int> = []

    static let keywordLabels = ["keywords", "mots clés", "mots-clés", "mots clefs", "关键词", "关键字", "palabras clave",
        "ключевые слова", "الكلمات الرئيسية"]
    static let abstractLabels = ["abstract", "summary", "résumé", "摘要", "resumen", "резюме", "аннотация", "ملخص"]
    /// Labels that end a summary.
    static let otherLabels = ["history", "historique", "历史", "historia", "история", "foreword", "avant-propos",
        "keywords", "mots clés", "关键词"]

    /// How far into a document the front page can reach, in passages.
    static let reach = 80

    public init(keywords: String? = nil, abstract: String? = nil) {
        self.keywords = keywords
        self.abstract = abstract
    }

    public init(passages: [Passage]) {
        let front = Array(passages.prefix(Self.reach))
        var index = 0
        while index < front.count {
            let text = front[index].text
            if keywords == nil, let value = Self.value(of: text, labels: Self.keywordLabels, next: front, at: index) {
                keywords = value.text
                consumed.formUnion(value.passages)
                index = (value.passages.max() ?? index) + 1
                continue
            }
            if abstract == nil, let value = Self.value(of: text, labels: Self.abstractLabels, next: front, at: index) {
                abstract = value.text
                consumed.formUnion(value.passages)
                index = (value.passages.max() ?? index) + 1
                continue
            }
            index += 1
        }
    }

    /// `Label: value` in one passage, or a `Label` passage followed by the value (a summary may run over a
    /// few paragraphs, until the next front-page label or a clause heading).
    private static func value(
        of text: String, labels: [String], next passages: [Passage], at index: Int
    ) -> (text: String, passages: [Int])? {
        let lowered = text.lowercased()
        for label in labels where lowered.hasPrefix(label) {
            var rest = Substring(text).dropFirst(label.count)
            // `Keywords: …` or `Keywords<tab>…` carries its value; `Summary of …` is no label.
            if let first = rest.first, first != ":", first != "：", first != "\t" { continue }
            rest = rest.drop { $0 == ":" || $0 == "：" || $0.isWhitespace }
            if !rest.isEmpty { return (String(rest), [passages[index].ordinal]) }
            var taken: [Int] = []
            var texts: [String] = []
            var position = index + 1
            let limit = labels == keywordLabels ? 1 : 5
            while position < passages.count, taken.count < limit {
                let candidate = passages[position]
                let lower = candidate.text.lowercased()
                if candidate.section != nil || otherLabels.contains(where: { lower.hasPrefix($0) })
                    || abstractLabels.contains(where: { lower == $0 || lower.hasPrefix($0 + ":") })
                {
                    break
                }
                taken.append(candidate.ordinal)
                texts.append(candidate.text)
                position += 1
            }
            if texts.isEmpty { return nil }
            return (texts.joined(separator: " "), [passages[index].ordinal] + taken)
        }
        return nil
    }
}
