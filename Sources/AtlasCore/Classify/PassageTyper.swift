import Foundation

/// Tells what a passage states, in Resolution 103's terms: a technical requirement, a use case, a
/// standardization issue or gap, or other text. In this order:
///
/// 1. requirement: a numbered requirement (`R-FED-01:`, `REQ-3`), or ITU-T requirement wording ("is required
///    to", "is recommended to", "can optionally", "shall"; French "est requis", "il est recommandé";
///    Chinese 必须, 应当, 可选, 要求, 建议 but not 建议书, "Recommendation");
/// 2. gap: in a clause whose heading names gaps or standardization issues, or stating one ("standardization
///    gap", "no ITU-T Recommendation", "do not address", "for further study"; French "lacune";
///    Chinese 差距, 空白, 缺乏, 尚未);
/// 3. use-case: in a clause whose heading names use cases or scenarios;
/// 4. requirement again for plainer wording ("should", "must", "doit") outside gap and use-case clauses;
/// 5. use-case: naming a use case or scenario itself;
/// 6. other: the rest, headings, and (see `Classifier`) the front matter.
public enum PassageTyper {
    static let requirementCues = [
        "is required to", "are required to", "is not required to", "it is required that", "is prohibited from",
        "are prohibited from", "is recommended to", "are recommended to", "is not recommended to",
        "it is recommended that", "can optionally", "may optionally", "shall", "shall not", "est requis",
        "sont requis", "il est recommandé", "est recommandé", "peut éventuellement", "peut, à titre optionnel",
    ]
    static let requirementCuesCJK = ["必须", "应当", "可选", "要求", "建议"]
    static let plainRequirementCues = ["should", "should not", "must", "must not", "doit", "doivent"]
    static let gapCues = [
        "gap", "gaps", "standardization issue", "standardization issues", "open issue", "open issues",
        "not covered", "not yet covered", "not addressed", "not yet addressed", "do not address", "does not address",
        "no existing", "does not exist", "do not exist", "no itu-t recommendation", "no recommendation",
        "there is no standard", "no standard", "lack of", "lacks", "is missing", "are missing", "for further study",
        "further study is needed", "needs further study", "remains open", "lacune", "lacunes", "pas encore couvert",
        "n'existe pas", "question de normalisation", "questions de normalisation",
    ]
    static let gapCuesCJK = ["差距", "空白", "缺乏", "尚未", "标准化问题"]
    static let gapHeadingCues = [
        "gap", "gaps", "gap analysis", "standardization issues", "standardization issue", "open issues",
        "issues for further study", "questions for study", "lacunes", "questions à étudier",
        "questions de normalisation",
    ]
    static let useCaseCues = [
        "use case", "use cases", "use-case", "use-cases", "usage scenario", "scenario", "scenarios",
        "cas d'utilisation", "cas d'usage", "scénario", "scénarios",
    ]
    static let useCaseCuesCJK = ["用例", "使用案例", "应用场景", "使用场景"]

    public static func kind(of passage: Passage) -> Passage.Kind {
        cue(of: passage)?.kind ?? .other
    }

    /// The kind and the words that decided it; `nil` for other text.
    public static func cue(of passage: Passage) -> (kind: Passage.Kind, cue: String)? {
        if isHeading(passage) { return nil }
        if let numbered = numberedRequirement(passage.text) { return (.requirement, numbered) }
        let text = Text(passage.text)
        let heading = Text(passage.heading ?? "")
        if let cue = Lists.requirement.first(in: text) { return (.requirement, cue) }
        if let cue = Lists.gapHeading.first(in: heading) { return (.gap, "heading: \(cue)") }
        if let cue = Lists.gap.first(in: text) { return (.gap, cue) }
        if let cue = Lists.useCase.first(in: heading) { return (.useCase, "heading: \(cue)") }
        if let cue = Lists.plainRequirement.first(in: text) { return (.requirement, cue) }
        if let cue = Lists.useCase.first(in: text) { return (.useCase, cue) }
        return nil
    }

    /// A text as cues are looked for in it: its lower-case words, and whether it has Chinese or Japanese.
    struct Text {
        var lowered: String
        var words: [Substring]
        /// The same words as a set: a phrase whose first word is not in it needs no scan.
        var distinct: Set<Substring>
        var hasCJK: Bool

        init(_ text: String) {
            lowered = text.lowercased()
            if lowered.unicodeScalars.contains("\u{2019}") {
                lowered = String(String.UnicodeScalarView(lowered.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
            }
            words = Self.words(lowered)
            distinct = Set(words)
            hasCJK = lowered.unicodeScalars.contains(where: Tokenizer.isCJK)
        }

        /// Runs of letters, digits, apostrophes and hyphens. ASCII text is read byte by byte (for it the
        /// same as by character, and much faster).
        static func words(_ text: String) -> [Substring] {
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
                return text.split { character in
                    !(character.isLetter || character.isNumber || character == "'" || character == "-")
                }
            }
            var words: [Substring] = []
            var start: String.Index?
            var index = text.utf8.startIndex
            while index != text.utf8.endIndex {
                switch text.utf8[index] {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"), UInt8(ascii: "-"):
                    if start == nil { start = index }
                default:
                    if let wordStart = start { words.append(text[wordStart..<index]) }
                    start = nil
                }
                text.utf8.formIndex(after: &index)
            }
            if let wordStart = start { words.append(text[wordStart...]) }
            return words
        }
    }

    /// A list of cues: Latin ones as word sequences, Chinese ones as strings.
    struct Cues {
        var phrases: [(text: String, words: [Substring])]
        var cjk: [String]

        init(_ latin: [String], _ cjk: [String] = []) {
            phrases = latin.map { ($0, Text.words($0)) }
            self.cjk = cjk
        }

        /// The first cue (in list order) found as whole words, or as Chinese characters.
        func first(in text: Text) -> String? {
            for phrase in phrases
            where phrase.words.allSatisfy(text.distinct.contains) && PassageTyper.contains(phrase.words, in: text.words)
            {
                return phrase.text
            }
            if text.hasCJK {
                for cue in cjk where PassageTyper.containsCJK(cue, in: text.lowered) { return cue }
            }
            return nil
        }
    }

    enum Lists {
        static let requirement = Cues(requirementCues, requirementCuesCJK)
        static let plainRequirement = Cues(plainRequirementCues)
        static let gap = Cues(gapCues, gapCuesCJK)
        static let gapHeading = Cues(gapHeadingCues, gapCuesCJK)
        static let useCase = Cues(useCaseCues, useCaseCuesCJK)
    }

    static func contains(_ phrase: [Substring], in words: [Substring]) -> Bool {
        guard let first = phrase.first, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == first {
            var equal = true
            for offset in 1..<max(1, phrase.count) where words[start + offset] != phrase[offset] {
                equal = false
                break
            }
            if equal { return true }
        }
        return false
    }

    /// A heading passage (its text is its clause's heading) states nothing itself.
    static func isHeading(_ passage: Passage) -> Bool {
        guard let heading = passage.heading, !heading.isEmpty else { return false }
        return passage.text.hasSuffix(heading) && passage.text.count <= heading.count + 16
    }

    /// `R-FED-01: …`, `[R-3] …`, `REQ-12 …`, `R1) …`: the requirement's number.
    static func numberedRequirement(_ text: String) -> String? {
        var label = text.prefix(24).split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        label = label.trimmingCharacters(in: CharacterSet(charactersIn: "[]():."))
        guard label.hasPrefix("R") || label.hasPrefix("REQ"), label.count >= 2,
            label.unicodeScalars.allSatisfy({
                CharacterSet.uppercaseLetters.contains($0) || CharacterSet.decimalDigits.contains($0) || $0 == "-"
                    || $0 == "." || $0 == "_"
            }),
            label.contains(where: \.isNumber),
            label.dropFirst().first.map({ $0 == "-" || $0 == "." || $0 == "_" || $0.isNumber || label.hasPrefix("REQ") }
            )
                ?? false
        else { return nil }
        return label
    }

    /// 要求 ("it is required") and 建议 ("it is recommended") as verbs: not the nouns after 的 ("the
    /// requirements of"), not quoted, and 建议 not in 建议书 ("Recommendation").
    static func containsCJK(_ cue: String, in text: String) -> Bool {
        let verb = cue == "要求" || cue == "建议"
        var searchStart = text.startIndex
        while let range = text.range(of: cue, range: searchStart..<text.endIndex) {
            searchStart = range.upperBound
            guard verb else { return true }
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if before == "的" || before == "“" || before == "\"" || after == "”" || after == "\"" { continue }
            if cue == "建议" && after == "书" { continue }
            return true
        }
        return false
    }

}
