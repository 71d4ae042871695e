import Foundation

/// What a file name in ITU form says about a document: `T-REC-X.1281-202403-I!Amd1!PDF-E.pdf`,
/// `T25-SG17-C-0123!!MSW-E.docx`, `T25-SG21-260706-TD-PLEN-0348!!MSW-E.docx`, `SG17-C123-E.docx`.
/// The most trusted source of identity: ITU names its files from its catalogue.
struct FileNameIdentity: Hashable, Sendable {
    var kind: DocumentIdentity.Kind?
    var recommendation: RecommendationNumber?
    var part: RecommendationPart?
    /// `03/2024`.
    var edition: String?
    var status: DocumentIdentity.Status?
    var document: DocumentNumber?
    /// ISO 639-1, from the `-E`/`-F`/`-S`/`-C`/`-R`/`-A` suffix.
    var language: String?
}

enum FileNameParser {
    /// ITU's language letters: English, French, Spanish (S), Chinese (C), Russian, Arabic.
    static let languageLetters: [Character: String] = [
        "E": "en", "F": "fr", "S": "es", "C": "zh", "R": "ru", "A": "ar",
    ]

    private static let recommendation = Pattern(
        #"^T-REC-([A-Z])[.\-]?(.+?)-(\d{6})-([ISP])(?:!(Amd|Cor|Err|Sup|App|Annex)\.?([0-9]{1,3}|[IVX]{1,5}|[A-H]))?(?:!|_|-|$)"#,
        caseInsensitive: true)
    private static let formatAndLanguage = Pattern(
        #"(?:!!?|_|-)(?:PDF|MSW|SUM|TOC|HTM|ZPF|DOC|DOCX)(?:-([EFSCRA]))?$"#, caseInsensitive: true)
    private static let trailingLanguage = Pattern(#"[-_ ]([EFSCRA])$"#)

    static func parse(_ fileName: String) -> FileNameIdentity {
        var name = (fileName as NSString).lastPathComponent
        name = name.removingPercentEncoding ?? name
        let stem = strippingExtension(name)
        var identity = FileNameIdentity()

        if let match = formatAndLanguage.firstMatch(in: stem) {
            identity.language = match[0].flatMap { $0.uppercased().first }.flatMap { languageLetters[$0] }
        } else if let match = trailingLanguage.firstMatch(in: stem), let letter = match[0]?.first {
            identity.language = languageLetters[letter]
        }

        if let match = recommendation.firstMatch(in: stem), let series = match[0], let rest = match[1],
            let yyyymm = match[2], let letter = match[3]
        {
            let restNumber = rest.hasPrefix(".") ? String(rest.dropFirst()) : rest
            identity.recommendation = RecommendationNumber.parse("\(series).\(restNumber)")
            identity.edition = "\(yyyymm.suffix(2))/\(yyyymm.prefix(4))"
            identity.status =
                switch letter.uppercased() {
                case "I": .inForce
                case "S": .superseded
                default: .prePublished
                }
            if let word = match[4], let number = match[5], let kind = RecommendationPart.kind(of: word) {
                identity.part = RecommendationPart(kind: kind, number: number.uppercased())
            } else if let number = identity.recommendation, number.isSupplement {
                identity.part = RecommendationPart(kind: .supplement, number: String(number.number.dropFirst(3)))
            }
            identity.kind = identity.part?.documentKind ?? .recommendation
            return identity
        }

        if let found = DocumentNumber.all(in: stem).first {
            identity.document = found.number
            identity.kind =
                switch found.number.kind {
                case .contribution: .contribution
                case .td: .td
                case .liaison: .liaison
                case .report: .report
                }
        }
        return identity
    }

    /// `name.pdf` → `name`; ITU names hold dots (`X.1281`), so only a known document extension goes.
    static func strippingExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return name }
        let ext = name[name.index(after: dot)...].lowercased()
        let known = FileFormat.documentExtensions.union(["htm", "html", "txt", "zip"])
        return known.contains(ext) ? String(name[..<dot]) : name
    }
}
