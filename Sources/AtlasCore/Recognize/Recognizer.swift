import Foundation

/// Recognises what a document is (its ITU identity) and what it cites, from its file name, its first
/// pages and its passages. Pure and deterministic: no I/O, the same inputs give the same result.
///
/// Sources of identity in order of trust: the file name in ITU form, the cover page or front-page
/// table, the running header, the History table, and the file's metadata (often wrong). The most trusted
/// source that states a value wins; a less trusted one that states another is recorded in
/// `DocumentIdentity.disagreements`.
public enum Recognizer {
    public static func recognize(fileName: String, document: ExtractedDocument, passages: [Passage]) -> Recognition {
        let name = FileNameParser.parse(fileName)
        let vocabulary = TextCleaner.vocabulary(of: document.text)
        let front = FrontPageFields.read(document, vocabulary: vocabulary)
        let cover = CoverPageReader.read(document, vocabulary: vocabulary)

        var identity = DocumentIdentity()
        identity.kind = kind(name: name, front: front, cover: cover)
        switch identity.kind {
        case .recommendation, .amendment, .corrigendum, .erratum, .supplement, .annex:
            recommendationIdentity(&identity, name: name, cover: cover, document: document)
        case .contribution, .td, .liaison, .report:
            meetingDocumentIdentity(&identity, name: name, front: front)
            if identity.title == nil { identity.title = document.title }
        case .other:
            identity.title = document.title
        }
        language(&identity, name: name, document: document)

        let context = ReferenceExtractor.Context(
            own: ownIdentifiers(identity, name: name, front: front),
            period: period(identity: identity, name: name, front: front),
            group: name.document?.group ?? front.studyGroups.first.map { $0.original ?? $0.id },
            meeting: meeting(name: name, front: front))
        let segments = passages.isEmpty ? Segmenter.passages(of: document) : passages
        let references = ReferenceExtractor.references(in: segments, context: context)
        return Recognition(identity: identity, references: references)
    }

    // MARK: - Kind

    private static let liaisonTitle = Pattern(
        #"^\s*(?:LS\s*/\s*[oir]\b|LS\b|Liaison\s+statement|D[ée]claration\s+de\s+liaison|Declaraci[oó]n\s+de\s+coordinaci[oó]n|Заявление\s+о\s+связи|联络声明)"#,
        caseInsensitive: true)
    private static let reportTitle = Pattern(
        #"^\s*(?:(?:Draft\s+)?(?:Meeting\s+)?Report\s+of\b|Report\s+on\s+the\s+(?:\w+\s+)?meeting|Meeting\s+report|(?:Projet\s+de\s+)?Rapport\s+de\s+la\s+r[ée]union|Informe\s+de\s+la\s+reuni[oó]n|Отч[её]т\s+о\s+собрании|.{0,40}会议(?:的)?报告)"#,
        caseInsensitive: true)

    static func kind(
        name: FileNameIdentity, front: FrontPageFields, cover: CoverPageReader.Cover
    )
        -> DocumentIdentity.Kind
    {
        if let kind = name.kind {
            return kind == .td ? tdKind(front: front) : kind
        }
        if front.isFrontPage {
            let base: DocumentIdentity.Kind =
                switch front.number?.kind {
                case .contribution: .contribution
                case .liaison: .liaison
                case .report: .report
                case .td: .td
                case nil: front.bar ?? .contribution
                }
            return base == .td || front.bar == .liaison || front.bar == .report ? tdKind(front: front) : base
        }
        if cover.looksLikeRecommendation {
            return (cover.cover.part ?? cover.header.part)?.documentKind ?? .recommendation
        }
        return .other
    }

    /// A TD is a liaison statement or a meeting report when its bar, title or fields say so.
    static func tdKind(front: FrontPageFields) -> DocumentIdentity.Kind {
        if front.bar == .liaison || front.bar == .report { return front.bar! }
        if let title = front.values[.title] {
            if liaisonTitle.matches(title) { return .liaison }
            if reportTitle.matches(title) { return .report }
        }
        if front.values[.forAction] != nil || front.values[.forInformation] != nil { return .liaison }
        return .td
    }

    // MARK: - Recommendations

    static func recommendationIdentity(
        _ identity: inout DocumentIdentity, name: FileNameIdentity, cover: CoverPageReader.Cover,
        document: ExtractedDocument
    ) {
        let sources: [(String, CoverPageReader.Statement)] = [
            (
                "file name",
                CoverPageReader.Statement(recommendation: name.recommendation, part: name.part, edition: name.edition)
            ),
            ("cover", cover.cover),
            ("running header", cover.header),
            ("History table", cover.history),
            ("metadata", cover.metadata),
        ]
        // Number: the most trusted; a paired number on the cover completes a single one in the file name.
        var number: RecommendationNumber?
        var numberSource = ""
        for (source, statement) in sources {
            guard let found = statement.recommendation else { continue }
            if let kept = number {
                if kept.paired == nil, found.paired != nil, found.single == kept.single {
                    number = found
                } else if found.single != kept.single && found.identifier != kept.identifier {
                    identity.disagreements.append(
                        "identifier: \(numberSource) \(kept.identifier), \(source) \(found.identifier)")
                }
            } else {
                number = found
                numberSource = source
            }
        }
        identity.identifier = number?.identifier

        var part: RecommendationPart?
        var partSource = ""
        for (source, statement) in sources {
            guard let found = statement.part else { continue }
            if let kept = part {
                if kept != found {
                    identity.disagreements.append("part: \(partSource) \(kept.label), \(source) \(found.label)")
                }
            } else {
                part = found
                partSource = source
            }
        }
        identity.part = part?.label

        var edition: String?
        var editionSource = ""
        for (source, statement) in sources {
            guard let found = statement.edition else { continue }
            // Only a statement about this Recommendation counts; the History table of an amendment or
            // corrigendum lists the editions of the Recommendation it changes.
            if let stated = statement.recommendation, let number, stated.single != number.single { continue }
            if source == "History table", part != nil, part?.kind != .supplement { continue }
            if let kept = edition {
                if !sameEdition(kept, found) {
                    identity.disagreements.append("edition: \(editionSource) \(kept), \(source) \(found)")
                }
            } else {
                edition = found
                editionSource = source
            }
        }
        identity.edition = edition
        identity.status = name.status
        identity.date = edition.map(dateOfEdition)
        identity.title = cover.title ?? usableMetadataTitle(document) ?? document.title
        identity.studyGroups = cover.studyGroups
        identity.questions = cover.questions
        identity.commonText = cover.commonText
        if cover.isCCITT { identity.fields["Publisher"] = "CCITT" }
    }

    /// `03/2024` and `2024` (a year-only edition, as CCITT texts give it) agree.
    static func sameEdition(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        let firstYear = first.suffix(4)
        let secondYear = second.suffix(4)
        return (first.count == 4 || second.count == 4) && firstYear == secondYear
    }

    /// `03/2024` → `2024-03`; `1988` → `1988`.
    static func dateOfEdition(_ edition: String) -> String {
        let parts = edition.split(separator: "/")
        return parts.count == 2 ? "\(parts[1])-\(parts[0])" : edition
    }

    private static func usableMetadataTitle(_ document: ExtractedDocument) -> String? {
        guard let title = document.metadata["title"], ExtractedDocument.isUsableTitle(title) else { return nil }
        if title.hasPrefix("T-REC-") || RecommendationNumber.parse(title) != nil { return nil }
        return TextCleaner.collapse(title)
    }

    // MARK: - Contributions, TDs, liaison statements, reports

    static func meetingDocumentIdentity(
        _ identity: inout DocumentIdentity, name: FileNameIdentity, front: FrontPageFields
    ) {
        let frontNumber = front.number?.resolved(
            period: front.studyPeriod.map(periodPrefix),
            group: front.studyGroups.first.map { $0.original ?? $0.id },
            meeting: front.meeting?.compact)
        let number = name.document ?? frontNumber
        identity.identifier = number?.best
        if let kept = name.document?.best, let other = frontNumber?.best, kept != other,
            frontNumber?.canonical != nil
        {
            identity.disagreements.append("identifier: file name \(kept), front page \(other)")
        }
        if let period = name.document?.period ?? frontNumber?.period {
            identity.studyPeriod = studyPeriod(ofPrefix: period)
        } else {
            identity.studyPeriod = front.studyPeriod
        }
        if let group = name.document?.group, let mention = StudyGroups.parse(group) {
            identity.studyGroups = [mention]
            if let written = front.studyGroups.first, written.id != mention.id {
                identity.disagreements.append("study group: file name \(mention.id), front page \(written.id)")
            }
        } else {
            identity.studyGroups = front.studyGroups
        }
        identity.questions = front.questions
        identity.workingParty = front.workingParty
        identity.meeting = front.meeting?.text
        if let day = name.document?.meeting, let date = dateOfMeeting(day) {
            identity.date = date
            if let written = front.meeting?.start, written != date {
                identity.disagreements.append("date: file name \(date), front page \(written)")
            }
        } else {
            identity.date = front.meeting?.start
        }
        identity.title = front.values[.title]
        identity.source = front.values[.source]
        for field in front.written where field.key != .title && field.key != .source {
            let label = field.key.rawValue
            if let existing = identity.fields[label] {
                identity.fields[label] = existing + " | " + field.value
            } else {
                identity.fields[label] = field.value
            }
        }
        // The values as read, where the layout scattered the written ones.
        if let workingParty = front.workingParty {
            identity.fields[FrontPageFields.Key.workingParty.rawValue] = workingParty
        }
        if !front.questions.isEmpty {
            identity.fields[FrontPageFields.Key.questions.rawValue] = front.questions.joined(separator: ", ")
        }
    }

    /// `2025-2028` → `25`.
    static func periodPrefix(_ studyPeriod: String) -> String {
        String(studyPeriod.prefix(4).suffix(2))
    }

    /// `25` → `2025-2028`; `22` → `2022-2024` (the period WTSA-20's postponement shortened).
    static func studyPeriod(ofPrefix prefix: String) -> String? {
        guard let value = Int(prefix) else { return nil }
        let start = (value > 50 ? 1900 : 2000) + value
        if start == 2022 { return "2022-2024" }
        return "\(start)-\(start + 3)"
    }

    /// `250408` → `2025-04-08`.
    static func dateOfMeeting(_ compact: String) -> String? {
        guard compact.count == 6, compact.allSatisfy(\.isNumber) else { return nil }
        let characters = Array(compact)
        return "20\(String(characters[0...1]))-\(String(characters[2...3]))-\(String(characters[4...5]))"
    }

    // MARK: - Language

    /// The language of the text when the detector is sure of it, else the one the file name gives; a
    /// disagreement between the two is recorded.
    static func language(_ identity: inout DocumentIdentity, name: FileNameIdentity, document: ExtractedDocument) {
        let guess = LanguageDetector.detect(document.text)
        let confident = guess.flatMap { $0.confidence >= 0.25 ? $0.language : nil }
        switch (name.language, confident) {
        case let (named?, detected?):
            identity.language = detected
            if named != detected {
                identity.disagreements.append("language: file name \(named), text \(detected)")
            }
        case let (named?, nil): identity.language = named
        case let (nil, detected?): identity.language = detected
        case (nil, nil): identity.language = guess?.language
        }
    }

    // MARK: - Context for references

    static func ownIdentifiers(
        _ identity: DocumentIdentity, name: FileNameIdentity, front: FrontPageFields
    )
        -> Set<String>
    {
        var own: Set<String> = []
        if let identifier = identity.identifier {
            switch identity.kind {
            case .recommendation, .amendment, .corrigendum, .erratum, .supplement, .annex:
                let number = RecommendationNumber.parse(identifier)
                var base = "ITU-T \(identifier)"
                if let part = identity.part, identity.kind != .supplement { base += " \(part)" }
                own.insert(base)
                if let number, number.paired != nil, identity.part == nil || identity.kind == .supplement {
                    own.insert("ITU-T \(number.single)")
                    if let paired = number.paired { own.insert("ITU-T \(paired)") }
                }
            default:
                own.insert(identifier)
            }
        }
        if let short = name.document?.short { own.insert(short) }
        if let short = front.number?.short { own.insert(short) }
        if let commonText = identity.commonText { own.insert(commonText) }
        return own
    }

    static func period(identity: DocumentIdentity, name: FileNameIdentity, front: FrontPageFields) -> String? {
        name.document?.period ?? front.studyPeriod.map(periodPrefix)
    }

    static func meeting(name: FileNameIdentity, front: FrontPageFields) -> MeetingDate? {
        if let day = name.document?.meeting, let date = dateOfMeeting(day) {
            return MeetingDate(place: front.meeting?.place, start: date, text: front.meeting?.text ?? date)
        }
        return front.meeting
    }
}
