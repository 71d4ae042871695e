/// Study groups in 2025–2028 numbering. WTSA-24 merged SG9 (cable) and SG16 (multimedia) into SG21, so
/// their documents are attributed to SG21 with the original kept; CCITT-era roman numerals are read
/// (`Study Group XVII` is SG17, the name as written kept).
enum StudyGroups {
    /// Groups that no longer exist in 2025–2028, and the group that took over their work.
    static let successors: [Int: Int] = [9: 21, 16: 21]

    /// The mention for a study-group number, `original` being the group as the document named it.
    static func mention(number: Int, original: String? = nil) -> StudyGroupMention {
        if let successor = successors[number] {
            return StudyGroupMention(id: "SG\(successor)", original: original ?? "SG\(number)")
        }
        return StudyGroupMention(id: "SG\(number)", original: original)
    }

    static let tsag = StudyGroupMention(id: "TSAG")

    /// The names of TSAG in the six languages.
    static let tsagNames = ["TSAG", "GCNT", "GANT", "КГСЭ", "电信标准化顾问组", "الفريق الاستشاري لتقييس الاتصالات"]

    private static let written = Pattern(
        #"(?:\b(?:ITU-T\s+)?(?:SG|Study\s+Group|STUDY\s+GROUP|Commission\s+d['’]études|COMMISSION\s+D['’]ÉTUDES|Comisión\s+de\s+Estudio|COMISIÓN\s+DE\s+ESTUDIO[S]?|ИК|لجنة الدراسات)\s?(\d{1,2}|[IVXL]{1,6})\b|第\s?(\d{1,2})\s?研究组|(\d{1,2})\s+(?:ИССЛЕДОВАТЕЛЬСКАЯ\s+КОМИССИЯ|[Ии]сследовательская\s+комиссия))"#
    )

    /// Reads one study-group mention: `17`, `SG17`, `Study Group 17`, `STUDY GROUP XVII`, `第17研究组`,
    /// `COMMISSION D'ÉTUDES 17`, `TSAG`.
    static func parse(_ text: String) -> StudyGroupMention? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if tsagNames.contains(where: { trimmed.uppercased().contains($0.uppercased()) }) { return tsag }
        if let value = Int(trimmed) { return mention(number: value) }
        guard let match = written.firstMatch(in: trimmed) else { return nil }
        if let token = match[0] {
            if let value = Int(token) {
                return mention(number: value, original: successors[value] != nil ? "SG\(value)" : nil)
            }
            if let value = RomanNumeral.value(of: token) {
                return mention(number: value, original: match.text.trimmingCharacters(in: .whitespaces))
            }
        }
        if let value = (match[1] ?? match[2]).flatMap({ Int($0) }) { return mention(number: value) }
        return nil
    }

    /// Every study group named in a short text (a front-page line): `SG17, SG21`.
    static func all(in text: String) -> [StudyGroupMention] {
        var mentions: [StudyGroupMention] = []
        if tsagNames.contains(where: { text.contains($0) }) { mentions.append(tsag) }
        for match in written.matches(in: text) {
            if let mention = parse(match.text), !mentions.contains(where: { $0.id == mention.id }) {
                mentions.append(mention)
            }
        }
        return mentions
    }
}

/// Roman numerals as CCITT numbered its study groups and ITU its appendices.
enum RomanNumeral {
    static func value(of text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        let characters = Array(text.uppercased())
        guard !characters.isEmpty, characters.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        for (index, character) in characters.enumerated() {
            let value = values[character]!
            if index + 1 < characters.count, value < values[characters[index + 1]]! {
                total -= value
            } else {
                total += value
            }
        }
        return total > 0 ? total : nil
    }
}
