import Foundation

/// The front page of a contribution, TD, liaison statement or report: the header cells (study period,
/// study group, document number), the bar (`CONTRIBUTION`, `TD`, `LIAISON STATEMENT`, `REPORT`) and the
/// labelled fields (`Question(s):`, `Source:`, `Title:`, …) in the six ITU languages.
///
/// It reads both shapes the extractors give: DOCX table rows as lines of tab-separated cells
/// (`Question(s):\tQ10/17\tGeneva, 8-17 April 2026`) and PDF text of page 1 as poppler lays it out,
/// where a label may be split over lines (`Question(\ns):`) and its value glued to it (`Source:Tunisia`).
struct FrontPageFields: Hashable, Sendable {
    enum Key: String, CaseIterable, Sendable {
        case questions = "Question(s)"
        case meeting = "Meeting, date"
        case studyGroup = "Study Group"
        case workingParty = "Working Party"
        case intendedType = "Intended type of document"
        case source = "Source"
        case title = "Title"
        case purpose = "Purpose"
        case contact = "Contact"
        case keywords = "Keywords"
        case abstract = "Abstract"
        case forAction = "For action to"
        case forComment = "For comment to"
        case forInformation = "For information to"
        case approval = "Approval"
        case deadline = "Deadline"
        case attachments = "Attachment(s)"
        /// Telephone, fax and e-mail lines inside a contact: they end the value before them.
        case contactDetail = "E-mail"
        case original = "Original"
    }

    /// The labels of each field in English, French, Spanish, Russian, Chinese and Arabic, with the variants
    /// real ITU templates use.
    static let labels: [Key: [String]] = [
        .questions: [
            "Question(s)", "Questions", "Question", "Cuestión(es)", "Cuestiones", "Вопрос(ы)", "课题", "المسائل",
        ],
        .meeting: [
            "Meeting, date", "Meeting date", "Réunion, date", "Reunión, fecha", "Собрание, дата", "会议、日期",
            "الاجتماع، التاريخ",
        ],
        .studyGroup: [
            "Study Group", "Commission d'études", "Comisión de Estudio", "Исследовательская комиссия", "研究组",
            "لجنة الدراسات",
        ],
        .workingParty: [
            "Working Party", "Groupe de travail", "Grupo de Trabajo", "Рабочая группа", "工作组", "فرقة العمل",
        ],
        .intendedType: ["Intended type of document (R-C-TD)", "Intended type of document"],
        .source: ["Source", "Origen", "Источник", "来源", "المصدر"],
        .title: ["Title", "Titre", "Título", "Название", "标题", "العنوان"],
        .purpose: ["Purpose", "Objet", "Propósito", "Цель", "目的", "الغرض"],
        .contact: ["Contact", "Contacto", "Контактное лицо", "联系人", "جهة الاتصال"],
        .keywords: [
            "Keywords", "Mots clés", "Mots-clés", "Palabras clave", "Ключевые слова", "关键词", "الكلمات الرئيسية",
        ],
        .abstract: ["Abstract", "Résumé", "Resumen", "Резюме", "Аннотация", "摘要", "الملخص"],
        .forAction: ["For action to", "Pour action à", "Para acción", "Для принятия мер", "要求采取行动", "لاتخاذ إجراء"],
        .forComment: [
            "For comment to", "Pour commentaires à", "Para comentarios", "Для замечаний", "征求意见", "للتعليق",
        ],
        .forInformation: [
            "For information to", "Pour information à", "Para información", "Для информации", "供参考", "للعلم",
        ],
        .approval: ["Approval", "Approbation", "Aprobación", "Утверждение", "批准", "الموافقة"],
        .deadline: ["Deadline", "Date limite", "Fecha límite", "Срок", "截止日期", "الموعد النهائي"],
        .attachments: ["Attachment(s)", "Attachments", "Annexe(s)", "Anexo(s)", "附件"],
        .contactDetail: [
            "E-mail", "Email", "Courriel", "Correo-e", "Эл. почта", "电子邮件", "البريد الإلكتروني", "Tel", "Tél.",
            "Tel.", "Fax", "Télécopie", "Тел.", "Факс", "电话", "传真", "الهاتف", "الفاكس",
        ],
        .original: ["Original", "Оригинал", "原文", "الأصل"],
    ]

    /// The bar between the header and the fields, and the kind it announces.
    static let bars: [String: DocumentIdentity.Kind] = [
        "CONTRIBUTION": .contribution, "CONTRIBUCIÓN": .contribution, "ВКЛАД": .contribution, "文稿": .contribution,
        "مساهمة": .contribution,
        "TD": .td, "TEMPORARY DOCUMENT": .td, "临时文件": .td, "وثيقة مؤقتة": .td,
        "LIAISON STATEMENT": .liaison, "DÉCLARATION DE LIAISON": .liaison, "DECLARACIÓN DE COORDINACIÓN": .liaison,
        "ЗАЯВЛЕНИЕ О СВЯЗИ": .liaison, "联络声明": .liaison, "بيان اتصال": .liaison,
        "REPORT": .report, "RAPPORT": .report, "INFORME": .report, "ОТЧЕТ": .report, "ОТЧЁТ": .report, "报告": .report,
        "تقرير": .report,
    ]

    /// Field values in the order found, the first of each kind kept.
    var values: [Key: String] = [:]
    /// A field as labelled in the document (`Purpose`, `Objet`, `Contact`), for `DocumentIdentity.fields`.
    struct Field: Hashable, Sendable {
        var key: Key
        var label: String
        var value: String
    }

    /// Fields as labelled in the document, in order.
    var written: [Field] = []
    var number: DocumentNumber?
    /// `2025-2028`.
    var studyPeriod: String?
    var studyGroups: [StudyGroupMention] = []
    var bar: DocumentIdentity.Kind?
    var meeting: MeetingDate?
    var questions: [String] = []
    /// `WP3/17`.
    var workingParty: String?

    /// A front page has at least a source or title field and one of questions, study group or number.
    var isFrontPage: Bool {
        (values[.title] != nil || values[.source] != nil)
            && (values[.questions] != nil || !studyGroups.isEmpty || number != nil || bar != nil)
    }

    // MARK: - Reading

    /// The field labels as one pattern, a group per key; a label starts a line or a table cell, may be
    /// broken over lines inside its parentheses, and ends with a colon (`:` or `：`).
    private static let labelPattern: (pattern: Pattern, keys: [Key]) = {
        var groups: [String] = []
        var keys: [Key] = []
        for key in Key.allCases {
            let variants = labels[key, default: []].sorted { $0.count > $1.count }.map(labelExpression)
            groups.append("(" + variants.joined(separator: "|") + ")")
            keys.append(key)
        }
        // A label starts a line or a cell, or is glued to the value before it (`2026Purpose:`).
        let anchor = #"(?:(?:^|\t|  )[ \t]*|(?<=[0-9\p{Ll})\]])(?=\p{Lu}))"#
        let pattern = anchor + #"(?i:"# + groups.joined(separator: "|") + #")[ \t]*[:：]"#
        return (Pattern(pattern), keys)
    }()

    /// A label as a pattern. PDF table cells wrap labels anywhere (`For action\nto:`, `informatio\nn to:`,
    /// `Question(\ns):`), so a line break may stand between any two letters.
    private static func labelExpression(_ label: String) -> String {
        var expression = ""
        for character in label {
            switch character {
            case " ": expression += #"\s+"#
            case "(": expression += #"\(\s*"#
            case ")": expression += #"\s*\)"#
            default:
                if !expression.isEmpty, character.isLetter, !expression.hasSuffix(#"\s+"#) { expression += #"\n?"# }
                expression += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        return expression
    }

    /// The front of the document where its fields stand: page 1 of a PDF, the first lines of a DOCX body.
    static func frontRegion(of document: ExtractedDocument) -> String {
        if document.format == .pdf { return document.pages.first ?? "" }
        let body = document.pages.first ?? ""
        var lines: [Substring] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false).prefix(80) {
            if lines.count > 4, numberedHeading.matches(String(line)) { break }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private static let numberedHeading = Pattern(#"^\d{1,2}(?:\.\d{1,2})*\.?(?:\t| {1,3})\p{Lu}"#)

    static func read(_ document: ExtractedDocument, vocabulary: Set<String> = []) -> FrontPageFields {
        read(frontRegion(of: document), multiline: document.format == .pdf, vocabulary: vocabulary)
    }

    /// Reads the fields of a front region. `multiline`: a value runs on over the following lines until the
    /// next label (PDF text); otherwise a value is the rest of its line (DOCX rows).
    static func read(_ text: String, multiline: Bool, vocabulary: Set<String> = []) -> FrontPageFields {
        var fields = FrontPageFields()
        let (pattern, keys) = labelPattern
        let matches = pattern.matches(in: text)
        var raws: [(key: Key, label: String, raw: String)] = []
        for (index, match) in matches.enumerated() {
            guard let groupIndex = match.groups.firstIndex(where: { $0 != nil }) else { continue }
            let end = index + 1 < matches.count ? matches[index + 1].range.lowerBound : text.endIndex
            let label = TextCleaner.collapse(match.groups[groupIndex] ?? keys[groupIndex].rawValue)
            raws.append((keys[groupIndex], label, String(text[match.range.upperBound..<end])))
        }
        if multiline { reclaimDisplacedValues(&raws) }
        for (key, label, raw) in raws {
            let value = cleanValue(raw, key: key, multiline: multiline, vocabulary: vocabulary)
            guard !value.isEmpty else { continue }
            if fields.values[key] == nil {
                fields.values[key] = value
            }
            if key != .contactDetail && key != .original {
                fields.written.append(Field(key: key, label: label, value: value))
            }
        }
        // The header (study period, group, number, bar) stands above the Source and Title rows; PDF
        // layouts may interleave it with the first rows (`Question(s): Q12/3` before `C 112`).
        let firstField = zip(matches, raws).first { [.source, .title].contains($0.1.key) }?.0.range.lowerBound
        let upper = String(text[..<(firstField ?? text.endIndex)])
        fields.readHeader(upper, whole: text)
        fields.readDerived(text, upper: upper)
        return fields
    }

    /// Poppler sometimes prints a one-line value above its label (`…(New Delhi, 2024)\nDiscussion\nPurpose:`):
    /// an empty value takes back a short last line from the value before it.
    static func reclaimDisplacedValues(_ raws: inout [(key: Key, label: String, raw: String)]) {
        for index in raws.indices.dropFirst() {
            guard raws[index].raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            var previous = raws[index - 1].raw.split(separator: "\n", omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard previous.count >= 2 else { continue }
            var taken: [String] = []
            if [.forAction, .forComment, .forInformation].contains(raws[index].key),
                let first = previous.indices.dropFirst().first(where: { addressee.matches(previous[$0]) })
            {
                // An addressee list (`ITU-T SG17 (Q11/17)`, `CEPT ECC Working Group …`) printed above its label.
                taken = Array(previous[first...])
                previous.removeSubrange(first...)
            } else if let last = previous.last, last.split(separator: " ").count <= 3, !last.hasSuffix(","),
                !last.hasSuffix("-")
            {
                taken = [last]
                previous.removeLast()
            } else {
                continue
            }
            raws[index - 1].raw = previous.joined(separator: "\n")
            raws[index].raw = taken.joined(separator: "\n")
        }
    }

    /// The start of an addressee of a liaison statement: a body, group or role.
    private static let addressee = Pattern(
        #"^(?:ITU-[TDR]|UIT-[TDR]|МСЭ|ISO|IEC|JTC|IETF|IEEE|ETSI|3GPP|CEPT|ECC|W3C|GSMA|OASIS|TSB|TSAG|BDT|SG\s?\d|WP\s?\d|Q\d|GovStack|All\s|Study\s+Group|Working\s+Party|Rapporteur|CITEL|APT|ATU|ASMG|RCC)"#
    )

    /// A value: the rest of the label's line (DOCX), or the lines up to the next label (PDF), cleaned.
    static func cleanValue(_ raw: String, key: Key, multiline: Bool, vocabulary: Set<String>) -> String {
        var lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if !multiline {
            let first = lines.first?.trimmingCharacters(in: .whitespaces) ?? ""
            if !first.isEmpty {
                lines = [first]
            } else {
                lines = Array(lines.dropFirst().prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.prefix(1))
            }
        } else {
            lines = lines.map { $0.trimmingCharacters(in: .whitespaces) }
            // Lines that belong to the layout, not the value: the bar, a page number, the meeting line.
            var kept: [String] = []
            for line in lines {
                if bars[line.uppercased()] != nil { break }
                if key == .abstract, !kept.isEmpty, looksLikeHeading(line) { break }
                if line.allSatisfy(\.isNumber) { continue }
                kept.append(line)
                if key == .abstract, kept.joined().count > 3_000 { break }
            }
            lines = kept
        }
        let cells = lines.flatMap { $0.split(separator: "\t").map(String.init) }
        let value =
            key == .contact || key == .contactDetail
            ? joinContactLines(cells, vocabulary: vocabulary)
            : TextCleaner.joinLines(cells, vocabulary: vocabulary)
        return value.trimmingCharacters(in: CharacterSet(charactersIn: " ;,"))
    }

    /// Contact lines (name, organization, country) joined with `; `, hyphenated line ends repaired.
    static func joinContactLines(_ lines: [String], vocabulary: Set<String>) -> String {
        var merged: [String] = []
        for line in lines.map(TextCleaner.collapse) where !line.isEmpty {
            if let last = merged.last, last.hasSuffix("-"), line.first?.isLowercase == true {
                merged[merged.count - 1] = TextCleaner.joinLines([last, line], vocabulary: vocabulary)
            } else {
                merged.append(line)
            }
        }
        return merged.joined(separator: "; ")
    }

    /// A short line without final punctuation, as a clause title after the abstract (`Introduction`).
    static func looksLikeHeading(_ line: String) -> Bool {
        guard let first = line.first, first.isUppercase, line.count <= 60 else { return false }
        guard let last = line.last else { return false }
        return !".;:,".contains(last) && !line.contains("  ")
    }

    private static let studyPeriodPattern = Pattern(#"((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})"#)
    private static let contributionCell = Pattern(
        #"(?:^|\t)\s*C\s?(\d{1,4})(?:\s?(?:Rev\.?|R)\s?(\d{1,2}))?\s*(?:$|\t)"#)
    private static let reportCell = Pattern(#"(?:^|\t)\s*R\s?(\d{1,4})(?:\s?(?:Rev\.?|R)\s?(\d{1,2}))?\s*(?:$|\t)"#)
    private static let questionPattern = Pattern(
        #"(?:Q(?:uestions?)?\.?\s?|第\s?|(?<![0-9A-Za-z/]))(\d{1,2})\s?/\s?(\d{1,2}|TSAG)(?![0-9/])"#)
    private static let prefixedQuestion = Pattern(#"(?<![A-Za-z0-9])Q(\d{1,2})/(\d{1,2})(?![0-9/])"#)
    private static let workingPartyPattern = Pattern(
        #"\b(?:WP|Working\s+Party|Groupe\s+de\s+travail|Grupo\s+de\s+Trabajo)\s?(\d{1,2})\s?/\s?(\d{1,2})\b"#,
        caseInsensitive: true)

    /// The header above the fields: study period, study group, document number, bar.
    private mutating func readHeader(_ head: String, whole: String) {
        if let period = Self.studyPeriodPattern.firstMatch(in: head), let from = period[0], let to = period[1] {
            studyPeriod = "\(from)-\(to)"
        }
        let headLines = head.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for line in headLines {
            if let kind = Self.bars[line.uppercased()] {
                bar = kind
                break
            }
        }
        if bar == nil {
            for line in whole.split(separator: "\n").prefix(60) {
                let cleaned = line.trimmingCharacters(in: .whitespaces)
                if let kind = Self.bars[cleaned.uppercased()] {
                    bar = kind
                    break
                }
            }
        }
        let periodWords = ["PERIOD", "PÉRIODE", "PERIODO", "ПЕРИОД", "研究期", "فترة"]
        cells: for line in headLines {
            for cell in line.split(separator: "\t") {
                let text = String(cell)
                if periodWords.contains(where: { text.uppercased().contains($0) }) { continue }
                if let mention = StudyGroups.all(in: text).first {
                    studyGroups = [mention]
                    break cells
                }
            }
        }
        if let found = DocumentNumber.all(in: head).first {
            number = found.number
        } else if let cell = Self.contributionCell.firstMatch(in: head), let value = cell[0].flatMap({ Int($0) }) {
            number = DocumentNumber(kind: .contribution, number: value, revision: cell[1].flatMap { Int($0) })
        } else if let cell = Self.reportCell.firstMatch(in: head), let value = cell[0].flatMap({ Int($0) }) {
            number = DocumentNumber(kind: .report, number: value, revision: cell[1].flatMap { Int($0) })
        } else {
            for line in headLines {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if let match = Self.contributionCell.firstMatch(in: trimmed),
                    let value = match[0].flatMap({ Int($0) })
                {
                    number = DocumentNumber(kind: .contribution, number: value)
                    break
                }
            }
        }
    }

    /// Values computed from the fields: study group, Questions, working party, meeting.
    private mutating func readDerived(_ whole: String, upper: String) {
        if let value = values[.studyGroup],
            let mention = StudyGroups.parse(value.split(separator: "\t").first.map(String.init) ?? value)
        {
            if studyGroups.isEmpty { studyGroups = [mention] }
        }
        if let value = values[.questions] {
            let firstCell = value.split(separator: "\t").first.map(String.init) ?? value
            for match in Self.questionPattern.matches(in: firstCell) {
                guard let question = match[0].flatMap({ Int($0) }), let group = match[1] else { continue }
                let id = "Q\(question)/\(group)"
                if !questions.contains(id) { questions.append(id) }
            }
        }
        if let value = values[.workingParty] {
            if let match = Self.workingPartyPattern.firstMatch(in: value), let wp = match[0], let group = match[1] {
                workingParty = "WP\(Int(wp) ?? 0)/\(Int(group) ?? 0)"
            } else if let digits = value.split(separator: "\t").first.map(String.init),
                let wp = Int(digits.trimmingCharacters(in: .whitespaces)),
                let sg = studyGroups.first?.original ?? studyGroups.first?.id,
                let group = Int(sg.filter(\.isNumber))
            {
                workingParty = "WP\(wp)/\(group)"
            }
        }
        if questions.isEmpty {
            for match in Self.prefixedQuestion.matches(in: upper) {
                guard let question = match[0].flatMap({ Int($0) }), let group = match[1] else { continue }
                let id = "Q\(question)/\(group)"
                if !questions.contains(id) { questions.append(id) }
            }
        }
        // PDF layouts may print the value away from its label (`WP3/17` above `Working Party:`).
        if workingParty == nil, let match = Self.workingPartyPattern.firstMatch(in: upper), let wp = match[0],
            let group = match[1]
        {
            workingParty = "WP\(Int(wp) ?? 0)/\(Int(group) ?? 0)"
        }
        meeting = values[.meeting].flatMap { MeetingDate.first(in: $0) } ?? MeetingDate.first(in: whole)
    }
}
