import Foundation

/// Reads what the first pages of a Recommendation say about it: the cover (number, part, edition, title),
/// the running header (`Rec. ITU-T X.1281 (03/2024)`), the History table (approval dates and study group),
/// the Questions it was developed under, a common text's ISO/IEC twin, and CCITT-era covers.
enum CoverPageReader {
    /// What one source (cover, running header, History table, metadata) states.
    struct Statement: Hashable, Sendable {
        var recommendation: RecommendationNumber?
        var part: RecommendationPart?
        var edition: String?
    }

    struct Cover: Hashable, Sendable {
        var cover = Statement()
        var header = Statement()
        var history = Statement()
        var metadata = Statement()
        var title: String?
        var studyGroups: [StudyGroupMention] = []
        var questions: [String] = []
        var commonText: String?
        /// The cover reads like a Recommendation's (ITU-T/CCITT cover, Summary, History).
        var looksLikeRecommendation = false
        var isCCITT = false
    }

    /// How many lines of a DOCX body count as its front matter (DOCX has no pages).
    static let frontLineLimit = 160

    static func read(_ document: ExtractedDocument, vocabulary: Set<String> = []) -> Cover {
        let front = frontText(of: document)
        let lines = front.split(separator: "\n", omittingEmptySubsequences: false).map { FastText.trimmed($0) }
        var cover = Cover()
        cover.isCCITT =
            front.contains("CCITT")
            && (front.uppercased().contains("CONSULTATIVE COMMITTEE") || front.contains("Fascicle")
                || front.contains("The CCITT,"))
        cover.cover = coverStatement(front, lines: lines)
        cover.header = runningHeader(document)
        let history = historyRegion(lines)
        cover.history = historyStatement(history, number: cover.cover.recommendation ?? cover.header.recommendation)
        cover.studyGroups = studyGroups(history: history, front: front, document: document)
        cover.metadata = metadataStatement(document.metadata)
        cover.title = title(
            lines: lines, number: cover.cover.recommendation ?? cover.header.recommendation, vocabulary: vocabulary)
        if cover.isCCITT { readCCITT(lines: lines, into: &cover, vocabulary: vocabulary) }
        cover.questions = developedUnderQuestions(document.text)
        cover.commonText = commonText(front)
        let hasSummary = lines.contains { summaryWords.contains($0) }
        let hasSector =
            front.contains("STANDARDIZATION SECTOR") || front.contains("NORMALISATION")
            || front.contains(
                "电信标准化部门")
            || front.contains("СТАНДАРТИЗАЦИИ") || front.contains("NORMALIZACIÓN")
        cover.looksLikeRecommendation =
            (cover.cover.recommendation != nil && (hasSummary || hasSector)) || cover.isCCITT
            || (cover.header.recommendation != nil && hasSummary)
        return cover
    }

    /// The first pages of a PDF (cover, summary, foreword), or the first lines of a DOCX body.
    static func frontText(of document: ExtractedDocument) -> String {
        if document.format == .pdf {
            return document.pages.prefix(3).joined(separator: "\n")
        }
        let body = document.pages.first ?? ""
        var count = 0
        var end = body.startIndex
        for index in body.indices where body[index] == "\n" {
            count += 1
            end = index
            if count >= frontLineLimit { return String(body[..<end]) }
        }
        return body
    }

    // MARK: - Cover

    static let summaryWords: Set<String> = ["Summary", "Résumé", "Resumen", "Резюме", "摘要", "ملخص"]
    static let historyWords: Set<String> = [
        "History", "Historique", "Historia", "Хронологическая справка", "历史沿革", "التاريخ",
    ]

    private static let editionInParentheses = Pattern(#"\(\s*(0[1-9]|1[0-2])\s*/\s*((?:19|20)\d{2})\s*\)"#)
    private static let number = Pattern(
        #"(?<![A-Za-z0-9.\-])"# + RecommendationNumber.fragment
            + #"(?:\s*/\s*([A-VX-Z]\.\d{1,4}(?:\.\d{1,3}){0,3}))?(?![0-9])"#)
    private static let partWords = Pattern(
        #"(Amendment|Amendement|Enmienda|Поправка|修正|Corrigendum|Corrigéndum|Исправление|勘误表|勘误|Erratum|Опечатка|Supplement|Supplément|Suplemento|Добавление|增补|Amd|Cor|Err|Suppl?|Appendix|Annex)\.?\s*(\d{1,3}|[IVX]{1,5})(?![0-9A-Za-z])"#
    )
    private static let seriesWord = Pattern(#"(?:Series|Série|Serie|Серия)\s+([A-VX-Z])\b|\b([A-VX-Z])\s*系列"#)
    private static let ccittNumber = Pattern(
        #"^\s*(?:CCITT\s+|Recommendation\s+)?"# + RecommendationNumber.fragment + #"\s*$"#)

    /// The number, part and edition printed large on the cover: `X.1281` / `Amendment 1` / `(11/2025)`.
    static func coverStatement(_ front: String, lines: [String]) -> Statement {
        var statement = Statement()
        if let edition = editionInParentheses.firstMatch(in: front), let month = edition[0], let year = edition[1] {
            statement.edition = "\(month)/\(year)"
            let before = String(front[..<edition.range.lowerBound].suffix(120))
            if let found = number.matches(in: before).last, let series = found[0], let value = found[1] {
                statement.recommendation = RecommendationNumber(
                    series: series, number: value, suffix: found[2], paired: found[3])
            }
            if let part = partWords.matches(in: before).last, let word = part[0], let value = part[1],
                let kind = RecommendationPart.kind(of: word)
            {
                statement.part = RecommendationPart(kind: kind, number: value)
                if kind == .supplement, let series = seriesWord.matches(in: before).last,
                    let letter = series[0] ?? series[1], let count = Int(value)
                {
                    statement.recommendation = .supplement(series: letter, number: count)
                }
            }
            if statement.recommendation == nil { statement.edition = nil }
        }
        if statement.recommendation == nil {
            // CCITT covers print the number alone (`CCITT X.25`) and no edition in parentheses.
            for line in lines.prefix(40) {
                if let found = ccittNumber.firstMatch(in: line), let series = found[0], let value = found[1] {
                    statement.recommendation = RecommendationNumber(series: series, number: value, suffix: found[2])
                    break
                }
            }
        }
        return statement
    }

    private static let bottomLine = Pattern(
        #"^(?:(?:Recommendation|Recommandation|Recomendación|Рекомендация|التوصية)\s+(?:ITU-T|UIT-T|МСЭ-Т|CCITT)\s+|Recommendation\s+|ITU-T\s+)?"#
            + RecommendationNumber.fragment
            + #"|^ITU-T\s+[A-Z]-series|^Recommandations UIT-T de la série|series Recommendations"#
    )

    /// The title: the lines between the inner `Recommendation ITU-T X.1281` line and `Summary`; else the
    /// lines before the cover's `Recommendation ITU-T X.1281` line.
    static func title(lines: [String], number: RecommendationNumber?, vocabulary: Set<String>) -> String? {
        guard let summary = lines.firstIndex(where: { summaryWords.contains($0) }) else {
            return coverTitle(lines: lines, vocabulary: vocabulary)
        }
        var collected: [String] = []
        var index = summary - 1
        while index >= 0, collected.count < 6 {
            let line = lines[index]
            if line.isEmpty {
                if collected.isEmpty {
                    index -= 1
                    continue
                }
                break
            }
            if bottomLine.matches(line) || (number.map { line.contains($0.single) } ?? false) { break }
            collected.append(line)
            index -= 1
        }
        guard !collected.isEmpty else { return coverTitle(lines: lines, vocabulary: vocabulary) }
        return TextCleaner.joinLines(collected.reversed(), vocabulary: vocabulary)
    }

    /// The cover title: the block just above the cover's `Recommendation ITU-T …` line.
    static func coverTitle(lines: [String], vocabulary: Set<String>) -> String? {
        guard let bottom = lines.prefix(60).firstIndex(where: { bottomLine.matches($0) && $0.count < 120 }),
            bottom > 0
        else { return nil }
        var collected: [String] = []
        var index = bottom - 1
        while index >= 0, collected.count < 5 {
            let line = lines[index]
            if line.isEmpty {
                if collected.isEmpty {
                    index -= 1
                    continue
                }
                break
            }
            if line.uppercased() == line || line.hasPrefix("SERIES") || editionInParentheses.matches(line) { break }
            collected.append(line)
            index -= 1
        }
        return collected.isEmpty ? nil : TextCleaner.joinLines(collected.reversed(), vocabulary: vocabulary)
    }

    // MARK: - CCITT texts

    private static let year = Pattern(#"(?:19|20)\d{2}"#)

    /// A CCITT text (Blue Book and earlier) prints `Recommendation V.26 ter`, its title in capitals, and
    /// its history in parentheses: `(Malaga-Torremolinos, 1984; amended at Melbourne, 1988)`. The last
    /// year is its edition.
    static func readCCITT(lines: [String], into cover: inout Cover, vocabulary: Set<String>) {
        guard
            let start = lines.prefix(80).firstIndex(where: { ccittNumber.matches($0) && $0.hasPrefix("Recommendation") }
            )
        else { return }
        var titleLines: [String] = []
        for line in lines[(start + 1)...].prefix(12) {
            if line.isEmpty || line.hasPrefix("The CCITT") { break }
            if line.hasPrefix("(") {
                if let last = year.matches(in: line).last?.text, cover.cover.edition == nil {
                    cover.cover.edition = last
                }
                break
            }
            titleLines.append(line)
        }
        if !titleLines.isEmpty { cover.title = TextCleaner.joinLines(titleLines, vocabulary: vocabulary) }
    }

    // MARK: - Running header

    private static let header = Pattern(
        #"(?:Rec\.|Рек\.)\s*(?:ITU-T|UIT-T|МСЭ-Т)\s+"# + RecommendationNumber.fragment
            + #"(?:\s*/\s*([A-VX-Z]\.\d{1,4}(?:\.\d{1,3}){0,3}))?(?:\s*\((?:\d{2}/)?\d{4}\))?(?:\s*/\s*(Amd|Cor|Err)\.?\s*(\d{1,3}))?\s*\((0[1-9]|1[0-2])/((?:19|20)\d{2})\)"#
    )
    private static let chineseHeader = Pattern(
        #"ITU-T\s+"# + RecommendationNumber.fragment + #"\s*建议书\s*\((0[1-9]|1[0-2])/((?:19|20)\d{2})\)"#)
    private static let supplementHeader = Pattern(
        #"\b([A-VX-Z])\s*Suppl?\.\s*(\d{1,3})\s*\((0[1-9]|1[0-2])/((?:19|20)\d{2})\)"#)

    /// The running header printed on most pages; the most frequent one wins over in-text citations.
    static func runningHeader(_ document: ExtractedDocument) -> Statement {
        var counts: [Statement: Int] = [:]
        var order: [Statement] = []
        let pages = document.format == .pdf ? document.pages : [String((document.pages.first ?? "").prefix(20_000))]
        for page in pages {
            // A running header stands at the top of a page (a glued page number from the page before aside).
            let top = document.format == .pdf ? String(page.prefix(200)) : page
            var found: [Statement] = []
            for match in header.matches(in: top) {
                guard let series = match[0], let value = match[1], let month = match[6], let year = match[7] else {
                    continue
                }
                var statement = Statement(
                    recommendation: RecommendationNumber(
                        series: series, number: value, suffix: match[2], paired: match[3]),
                    edition: "\(month)/\(year)")
                if let word = match[4], let number = match[5], let kind = RecommendationPart.kind(of: word) {
                    statement.part = RecommendationPart(kind: kind, number: number)
                }
                found.append(statement)
            }
            for match in chineseHeader.matches(in: top) {
                guard let series = match[0], let value = match[1], let month = match[3], let year = match[4] else {
                    continue
                }
                found.append(
                    Statement(
                        recommendation: RecommendationNumber(series: series, number: value, suffix: match[2]),
                        edition: "\(month)/\(year)"))
            }
            for match in supplementHeader.matches(in: top) {
                guard let series = match[0], let number = match[1].flatMap({ Int($0) }), let month = match[2],
                    let year = match[3]
                else { continue }
                found.append(
                    Statement(
                        recommendation: .supplement(series: series, number: number),
                        part: RecommendationPart(kind: .supplement, number: String(number)),
                        edition: "\(month)/\(year)"))
            }
            for statement in found.prefix(document.format == .pdf ? 1 : 3) {
                if counts[statement] == nil { order.append(statement) }
                counts[statement, default: 0] += 1
            }
        }
        let minimum = document.format == .pdf ? 2 : 1
        guard let best = order.max(by: { counts[$0]! < counts[$1]! }), counts[best]! >= minimum else {
            return Statement()
        }
        return best
    }

    // MARK: - History table

    /// The History table and what follows it, up to the keywords (about 1,500 characters).
    static func historyRegion(_ lines: [String]) -> String {
        guard let start = lines.firstIndex(where: { historyWords.contains($0) }) else { return "" }
        var region: [String] = []
        var length = 0
        for line in lines[(start + 1)...] {
            if line.hasPrefix("Keywords") || line.hasPrefix("Mots clés") || line.hasPrefix("关键词")
                || line.hasPrefix("Palabras clave") || line.hasPrefix("Ключевые слова")
            {
                break
            }
            region.append(line)
            length += line.count
            if length > 1_500 { break }
        }
        return region.joined(separator: "\n")
    }

    private static let historyRow = Pattern(
        #"((?:19|20)\d{2})-(0[1-9]|1[0-2])-(\d{2})[ \t]*(\d{1,2}|[IVXL]{1,6})(?=\s|11\.1002|$)"#)

    /// The latest approval in the History table: its month is the edition's.
    static func historyStatement(_ region: String, number: RecommendationNumber?) -> Statement {
        let rows = historyRow.matches(in: region)
        guard let latest = rows.max(by: { ($0[0]! + $0[1]! + $0[2]!) < ($1[0]! + $1[1]! + $1[2]!) }),
            let year = latest[0], let month = latest[1]
        else { return Statement() }
        return Statement(recommendation: number, edition: "\(month)/\(year)")
    }

    private static let approvedBy = Pattern(
        #"(?:approved|prepared|developed)\s+(?:on\s+[^.]{0,40}?\s+)?by\s+(?:ITU-T\s+|CCITT\s+)?(Study\s+Group\s+(?:\d{1,2}|[IVXL]{1,6}))\b"#,
        caseInsensitive: true)

    /// The study group: the History table's latest row, else "approved by ITU-T Study Group N", else the
    /// metadata author (`ITU-T Study Group 20`).
    static func studyGroups(history: String, front: String, document: ExtractedDocument) -> [StudyGroupMention] {
        let rows = historyRow.matches(in: history)
        if let latest = rows.max(by: { ($0[0]! + $0[1]! + $0[2]!) < ($1[0]! + $1[1]! + $1[2]!) }),
            let token = latest[3]
        {
            if let value = Int(token) { return [StudyGroups.mention(number: value)] }
            if let value = RomanNumeral.value(of: token) {
                return [StudyGroups.mention(number: value, original: "Study Group \(token)")]
            }
        }
        let sample = String(document.text.prefix(200_000))
        if let match = approvedBy.firstMatch(in: sample), let written = match[0],
            let mention = StudyGroups.parse(written)
        {
            return [mention]
        }
        for key in ["author", "subject"] {
            if let value = document.metadata[key], value.contains("Study Group") || value.contains("SG"),
                let mention = StudyGroups.all(in: value).first
            {
                return [mention]
            }
        }
        return []
    }

    // MARK: - Questions, common text, metadata

    private static let developedUnder = Pattern(
        #"(?:(?:developed|prepared|elaborated|drafted|studied)\s+(?:under|by|in|within)\s+(?:ITU-T\s+)?(?:Questions?|Q\.?)|Rapporteur\s+(?:for|of)\s+(?:ITU-T\s+)?Question|dans\s+le\s+cadre\s+de\s+la\s+Question|en\s+el\s+marco\s+de\s+la\s+Cuesti[oó]n|в\s+рамках\s+Вопроса)\s*(\d{1,2})/(\d{1,2})"#,
        caseInsensitive: true)
    private static let chineseQuestion = Pattern(
        #"第\s?(\d{1,2})/(\d{1,2})\s?号课题(?:下|中|范围内)?(?:制定|编写|起草)"#, requiring: ["号课题"])

    /// The Questions a Recommendation says it was developed under (`developed under Question 12/3`).
    ///
    /// The case-insensitive pattern is slow over a whole text, and every match of it ends in a Question
    /// number after `Question`, `Questions`, `Q`, `Q.`, `Cuestión` or `Вопроса`. So it runs only over
    /// the `questionLookbehind` bytes before each number written so (see `questionNumberWindows`),
    /// which finds what a search of the whole text finds (`wholeTextQuestions`, held to it by the tests).
    static func developedUnderQuestions(_ text: String) -> [String] {
        let sample = String(text.prefix(questionSampleLength))
        let windows = questionNumberWindows(in: sample).flatMap { window in
            developedUnder.matches(in: String(sample.unicodeScalars[window]))
        }
        return questionIDs(windows + chineseQuestion.matches(in: sample))
    }

    /// `developedUnderQuestions` by searching the whole text: slower, the same result.
    static func wholeTextQuestions(_ text: String) -> [String] {
        let sample = String(text.prefix(questionSampleLength))
        return questionIDs(developedUnder.matches(in: sample) + chineseQuestion.matches(in: sample))
    }

    private static let questionSampleLength = 300_000
    /// How far before its number a `developed under Question` statement may start, in UTF-8 bytes.
    static let questionLookbehind = 240

    private static func questionIDs(_ matches: [Pattern.Match]) -> [String] {
        var questions: [String] = []
        for match in matches {
            guard let question = match[0].flatMap({ Int($0) }), let group = match[1].flatMap({ Int($0) }) else {
                continue
            }
            let id = "Q\(question)/\(group)"
            if !questions.contains(id) { questions.append(id) }
        }
        return questions
    }

    /// The parts of a text where `developedUnder` may match, in order and not overlapping: for each
    /// `12/3` (one or two ASCII digits, a slash, a digit) that may follow a Question word, from
    /// `questionLookbehind` bytes before the slash to the two digits after it. "May follow" is judged
    /// generously: back over the digits and any white space, the byte before is `n`, `s`, `q`, `.` or
    /// not ASCII (a Cyrillic letter, a non-ASCII space).
    static func questionNumberWindows(in text: String) -> [Range<String.Index>] {
        let bytes = Array(text.utf8)
        var windows: [Range<Int>] = []
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || (0x09...0x0D).contains(byte) || (0x1C...0x1F).contains(byte)
        }
        var slash = 1
        while slash + 1 < bytes.count {
            defer { slash += 1 }
            guard bytes[slash] == 0x2F, isDigit(bytes[slash - 1]), isDigit(bytes[slash + 1]) else { continue }
            var before = slash - 1
            if before > 0, isDigit(bytes[before - 1]) { before -= 1 }
            before -= 1
            while before >= 0, isSpace(bytes[before]) { before -= 1 }
            guard before >= 0 else { continue }
            let byte = bytes[before] | 0x20  // ASCII lower case (and harmless on the others tested)
            guard byte == 0x6E || byte == 0x73 || byte == 0x71 || bytes[before] == 0x2E || bytes[before] >= 0x80 else {
                continue
            }
            var start = max(0, slash - questionLookbehind)
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }  // not inside a character
            let end = min(bytes.count, slash + 3)
            if let last = windows.last, last.upperBound >= start {
                windows[windows.count - 1] = last.lowerBound..<end
            } else {
                windows.append(start..<end)
            }
        }
        let utf8 = text.utf8
        return windows.map {
            utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)
        }
    }

    private static let commonTextPattern = Pattern(
        #"(?:ITU-T\s+[A-VX-Z]\.\d{1,4}(?:\.\d{1,3}){0,2}\s*\|\s*(ISO/IEC\s+\d{3,5}(?:-\d{1,3}){0,2}))|(?:(ISO/IEC\s+\d{3,5}(?:-\d{1,3}){0,2})\s*\|\s*(?:Recommendation\s+)?ITU-T\s+[A-VX-Z]\.\d)"#
    )

    /// The ISO/IEC number of a common text, written `ITU-T X.1058 | ISO/IEC 29151` on its cover.
    static func commonText(_ front: String) -> String? {
        guard let match = commonTextPattern.firstMatch(in: front), let value = match[0] ?? match[1] else { return nil }
        return TextCleaner.collapse(value)
    }

    private static let metadataNumber = Pattern(
        #"(?:T-REC-)?"# + RecommendationNumber.fragment
            + #"(?:\s*\((?:(0[1-9]|1[0-2])/)?((?:19|20)?\d{2})\)|-((?:19|20)\d{2})(0[1-9]|1[0-2]))?"#)

    /// What the PDF information dictionary or DOCX core properties say (the least trusted source):
    /// `Microsoft Word - T-REC-X.1281-202403-E.docx`, `CCITT Recommendation X.25 (1984)`, `X.25 (10/96)`.
    static func metadataStatement(_ metadata: [String: String]) -> Statement {
        for key in ["title", "subject"] {
            guard let value = metadata[key], let match = metadataNumber.firstMatch(in: value),
                let series = match[0], let number = match[1]
            else { continue }
            var statement = Statement(
                recommendation: RecommendationNumber(series: series, number: number, suffix: match[2]))
            if let year = match[4] {
                let fullYear = year.count == 2 ? (Int(year)! > 50 ? "19" : "20") + year : year
                statement.edition = match[3].map { "\($0)/\(fullYear)" } ?? fullYear
            } else if let year = match[5], let month = match[6] {
                statement.edition = "\(month)/\(year)"
            }
            return statement
        }
        return Statement()
    }
}
