/// The number of an ITU-T contribution, TD, liaison statement or report, in any of its written forms:
/// `T25-SG17-C-0548`, `SG17-C548`, `C 123`, `T25-SG21-260706-TD-PLEN-0348`, `SG2-TD157R1/PLEN`, `TD137/WP1`,
/// `TD 71 (PLEN/17)`, `TSAG-TD89/GEN`, `COM 17-C 123-E`, `COM 3 – LS 1 – E`.
///
/// Its canonical form is the document-management id (`T25-SG17-C-0548`), which needs the study period
/// and, for TDs, the meeting (`250408`) and venue (`PLEN`); what a written form leaves out is filled from
/// the document that cites it (`resolved(period:group:meeting:)`).
struct DocumentNumber: Hashable, Sendable {
    enum Kind: String, Sendable {
        case contribution = "C"
        case td = "TD"
        case liaison = "LS"
        case report = "R"
    }

    var kind: Kind
    /// The study-period prefix without `T`: `25` for 2025–2028.
    var period: String?
    /// `SG17`, `TSAG`.
    var group: String?
    /// The first day of the meeting, `YYMMDD` (TDs).
    var meeting: String?
    /// `PLEN`, `GEN`, `WP1` (TDs).
    var venue: String?
    var number: Int
    var revision: Int?

    /// `T25-SG17-C-0548`, `T25-SG17-250408-TD-PLEN-0071`, `T25-SG17-R-0005`; `nil` when a part is unknown.
    var canonical: String? {
        guard let period, let group else { return nil }
        let padded = String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
        let revisionText = revision.map { "R\($0)" } ?? ""
        switch kind {
        case .td:
            guard let meeting, let venue else { return nil }
            return "T\(period)-\(group)-\(meeting)-TD-\(venue)-\(padded)\(revisionText)"
        case .contribution, .liaison, .report:
            return "T\(period)-\(group)-\(kind.rawValue)-\(padded)\(revisionText)"
        }
    }

    /// The short form used in running text: `SG17-C548`, `SG17-TD71/PLEN`, `TD71/PLEN`.
    var short: String {
        let revisionText = revision.map { "R\($0)" } ?? ""
        let prefix = group.map { "\($0)-" } ?? ""
        switch kind {
        case .td: return "\(prefix)TD\(number)\(revisionText)" + (venue.map { "/\($0)" } ?? "")
        case .contribution, .liaison, .report: return "\(prefix)\(kind.rawValue)\(number)\(revisionText)"
        }
    }

    /// The canonical form when complete, else the short form.
    var best: String { canonical ?? short }

    /// Fills the parts a written form left out from the citing document's own number.
    func resolved(period: String?, group: String?, meeting: String?) -> DocumentNumber {
        var copy = self
        if copy.period == nil { copy.period = period }
        if copy.group == nil { copy.group = group }
        if copy.kind == .td, copy.meeting == nil { copy.meeting = meeting }
        return copy
    }

    // MARK: - Reading

    static let longContribution = Pattern(
        #"(?<![A-Za-z0-9])T(\d{2})-(SG\d{1,2}|TSAG)-(C|R|LS)-(\d{1,4})(?:R(\d{1,2}))?(?![0-9])"#,
        requiring: ["-C-", "-R-", "-LS-"])
    static let longTD = Pattern(
        #"(?<![A-Za-z0-9])T(\d{2})-(SG\d{1,2}|TSAG)-(\d{6})-TD-(PLEN|GEN|WP\d)-(\d{1,4})(?:R(\d{1,2}))?(?![0-9])"#,
        requiring: ["-TD-"])
    static let shortContribution = Pattern(
        #"(?<![A-Za-z0-9-])(SG\s?\d{1,2}|TSAG)-\s?C\s?(\d{1,4})(?:\s?-?R(?:ev\.?\s?)?(\d{1,2}))?(?![0-9])"#,
        requiring: ["SG", "TSAG"])
    /// `SG2-TD157R1/PLEN`, `TD137/WP1`, `TD210-R1/WP1`, `TSAG-TD89/GEN`, `TD73/2`, `TD69/P`.
    static let shortTD = Pattern(
        #"(?<![A-Za-z0-9-])(?:(SG\s?\d{1,2}|TSAG)-)?TD\s?(\d{1,4})(?:\s?-?R(?:ev\.?\s?)?(\d{1,2}))?\s?/\s?(PLEN|GEN|WP\s?\d|P|G|\d)(?:/(\d{1,2}))?(?![A-Za-z0-9])"#,
        requiring: ["TD"])
    /// `TD 71 (PLEN/17)`, `TD 412 (WP1/17)`, `TD 89 (GEN/TSAG)`, `TD 5 Rev.1 (PLEN/2)`.
    static let parenthesisedTD = Pattern(
        #"(?<![A-Za-z0-9-])TD\s?(\d{1,4})(?:\s?(?:R|Rev\.?\s?)(\d{1,2}))?\s*\(\s*(PLEN|GEN|WP\s?\d)\s*/\s*(\d{1,2}|TSAG)\s*\)"#,
        requiring: ["TD"])
    /// The CCITT/old form `COM 17-C 123-E`, `COM 3 – LS 1 – E`, `COM 17 – R 5`.
    static let old = Pattern(
        #"(?<![A-Za-z0-9])COM\s?(\d{1,2})\s?[-–]\s?(C|LS|R)\s?(\d{1,4})(?:\s?[-–]\s?([EFSCRA]))?(?![0-9])"#,
        requiring: ["COM"])

    /// Every document number written in `text`, in order, with the range of each.
    static func all(in text: String) -> [(number: DocumentNumber, range: Range<String.Index>)] {
        var found: [(DocumentNumber, Range<String.Index>)] = []
        func overlaps(_ range: Range<String.Index>) -> Bool { found.contains { $0.1.overlaps(range) } }
        for match in longTD.matches(in: text) {
            guard let number = match[4].flatMap({ Int($0) }) else { continue }
            found.append(
                (
                    DocumentNumber(
                        kind: .td, period: match[0], group: match[1], meeting: match[2], venue: match[3],
                        number: number, revision: match[5].flatMap { Int($0) }), match.range
                ))
        }
        for match in longContribution.matches(in: text) where !overlaps(match.range) {
            guard let number = match[3].flatMap({ Int($0) }), let letter = match[2] else { continue }
            let kind: Kind = letter == "C" ? .contribution : letter == "R" ? .report : .liaison
            found.append(
                (
                    DocumentNumber(
                        kind: kind, period: match[0], group: match[1], number: number,
                        revision: match[4].flatMap { Int($0) }), match.range
                ))
        }
        for match in shortContribution.matches(in: text) where !overlaps(match.range) {
            guard let number = match[1].flatMap({ Int($0) }) else { continue }
            found.append(
                (
                    DocumentNumber(
                        kind: .contribution, group: match[0].map(groupName), number: number,
                        revision: match[2].flatMap { Int($0) }), match.range
                ))
        }
        for match in parenthesisedTD.matches(in: text) where !overlaps(match.range) {
            guard let number = match[0].flatMap({ Int($0) }), let venue = match[2], let group = match[3] else {
                continue
            }
            found.append(
                (
                    DocumentNumber(
                        kind: .td, group: groupName(group), venue: venueName(venue), number: number,
                        revision: match[1].flatMap { Int($0) }), match.range
                ))
        }
        for match in shortTD.matches(in: text) where !overlaps(match.range) {
            guard let number = match[1].flatMap({ Int($0) }), let venue = match[3] else { continue }
            found.append(
                (
                    DocumentNumber(
                        kind: .td, group: match[0].map(groupName) ?? match[4].map(groupName),
                        venue: venueName(venue), number: number, revision: match[2].flatMap { Int($0) }),
                    match.range
                ))
        }
        for match in old.matches(in: text) where !overlaps(match.range) {
            guard let sg = match[0], let letter = match[1], let number = match[2].flatMap({ Int($0) }) else {
                continue
            }
            let kind: Kind = letter == "C" ? .contribution : letter == "R" ? .report : .liaison
            found.append((DocumentNumber(kind: kind, group: groupName(sg), number: number), match.range))
        }
        return found.sorted { $0.1.lowerBound < $1.1.lowerBound }
    }

    /// `SG 17`, `17` → `SG17`; `TSAG` stays.
    static func groupName(_ text: String) -> String {
        let compact = text.replacingOccurrences(of: " ", with: "").uppercased()
        if compact == "TSAG" { return compact }
        let digits = compact.filter(\.isNumber)
        guard let value = Int(digits) else { return compact }
        return "SG\(value)"
    }

    /// `P` → `PLEN`, `G` → `GEN`, `WP 1` and `1` → `WP1`.
    static func venueName(_ text: String) -> String {
        let compact = text.replacingOccurrences(of: " ", with: "").uppercased()
        switch compact {
        case "P": return "PLEN"
        case "G": return "GEN"
        default: return compact.allSatisfy(\.isNumber) ? "WP\(compact)" : compact
        }
    }
}
