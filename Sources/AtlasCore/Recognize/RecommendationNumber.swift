/// An ITU-T (or CCITT) Recommendation number as printed or cited: `X.1281`, `Y.4500.1`, `V.22 bis`,
/// the paired `Y.4901/L.1601`, the supplement `Y.Sup85`.
///
/// The canonical spelling follows the ITU catalogue titles: a space before `bis`/`ter`/`quater`
/// (`V.22bis` and `V.22 bis` both read as `V.22 bis`), `Sup` plus the number for supplements.
struct RecommendationNumber: Hashable, Sendable {
    /// `X`.
    var series: String
    /// `1281`, `4500.1`, or `Sup85` for a supplement.
    var number: String
    /// `bis`, `ter`, `quater`.
    var suffix: String?
    /// The second number of a paired Recommendation: `L.1601` in `Y.4901/L.1601`.
    var paired: String?

    var isSupplement: Bool { number.hasPrefix("Sup") }

    /// `X.1281`, `V.22 bis`, `Y.4901/L.1601`, `Y.Sup85`.
    var identifier: String {
        var text = "\(series).\(number)"
        if let suffix { text += " \(suffix)" }
        if let paired { text += "/\(paired)" }
        return text
    }

    /// The number without its pair: `Y.4901` for `Y.4901/L.1601`.
    var single: String {
        var text = "\(series).\(number)"
        if let suffix { text += " \(suffix)" }
        return text
    }

    /// The series letters that ITU-T uses (W is not allocated).
    static let seriesLetters = "A-VX-Z"

    /// A regular-expression fragment for `X.1281`, `Y.4500.1`, `V.22bis`, `V.26 ter`, with groups for
    /// the series, the number and the suffix.
    static let fragment = #"([A-VX-Z])\.(\d{1,4}(?:\.\d{1,3}){0,3})(?:\s?(bis|ter|quater)(?![A-Za-z]))?"#

    /// A regular-expression fragment for supplements: `Y.Sup85`, `Y Suppl. 85`, `Y-Sup.85`, with groups for
    /// the series and the number.
    static let supplementFragment = #"([A-VX-Z])(?:\.|-|\s)?\s?Sup(?:pl)?(?:ement)?\.?\s?(\d{1,3})"#

    private static let whole = Pattern(
        #"^\s*(?:"# + fragment + #"(?:\s*/\s*([A-VX-Z]\.\d{1,4}(?:\.\d{1,3}){0,3}))?|"# + supplementFragment
            + #")\s*$"#)

    /// Reads a whole string as a Recommendation number; `nil` when it is not one.
    static func parse(_ text: String) -> RecommendationNumber? {
        guard let match = whole.firstMatch(in: text) else { return nil }
        if let series = match[0], let number = match[1] {
            return RecommendationNumber(series: series, number: number, suffix: match[2], paired: match[3])
        }
        if let series = match[4], let number = match[5], let value = Int(number) {
            return RecommendationNumber(series: series, number: "Sup\(value)")
        }
        return nil
    }

    init(series: String, number: String, suffix: String? = nil, paired: String? = nil) {
        self.series = series.uppercased()
        self.number = number
        self.suffix = suffix?.lowercased()
        self.paired = paired.map { $0.replacingOccurrences(of: " ", with: "") }
    }

    /// A supplement by series and number: `Y.Sup85`.
    static func supplement(series: String, number: Int) -> RecommendationNumber {
        RecommendationNumber(series: series, number: "Sup\(number)")
    }
}

/// A separately published part of a Recommendation: an amendment, corrigendum, erratum, supplement,
/// appendix or annex, with its number as written (`1`, `II`, `A`).
struct RecommendationPart: Hashable, Sendable {
    enum Kind: String, Sendable {
        case amendment = "Amd"
        case corrigendum = "Cor"
        case erratum = "Err"
        case supplement = "Suppl"
        case appendix = "App"
        case annex = "Annex"
    }

    var kind: Kind
    var number: String

    /// `Amd 1`, `Cor 2`, `Err 1`, `Suppl 85`, `App II`, `Annex A`.
    var label: String { "\(kind.rawValue) \(number)" }

    var documentKind: DocumentIdentity.Kind {
        switch kind {
        case .amendment: .amendment
        case .corrigendum: .corrigendum
        case .erratum: .erratum
        case .supplement: .supplement
        case .appendix, .annex: .annex
        }
    }

    private static let whole = Pattern(
        #"^\s*(Amd|Amendment|Amendement|Enmienda|Cor|Corr|Corrigendum|Corrigéndum|Err|Erratum|Sup|Suppl|Supplement|App|Appendix|Annex)\.?\s*([0-9]{1,3}|[IVXL]{1,6}|[A-H])\s*$"#,
        caseInsensitive: true)

    /// Reads `Amd1`, `Amd.1`, `Amendment 1`, `Cor 2`, `Err1`, `Sup 4`, `App II`, `Annex A`.
    static func parse(_ text: String) -> RecommendationPart? {
        guard let match = whole.firstMatch(in: text), let word = match[0], let number = match[1] else { return nil }
        guard let kind = kind(of: word) else { return nil }
        return RecommendationPart(kind: kind, number: number.uppercased())
    }

    /// The kind for a word that names a part, in the ITU languages we read.
    static func kind(of word: String) -> Kind? {
        let lowered = word.lowercased()
        if lowered.hasPrefix("am") || lowered.hasPrefix("enm") || lowered == "修正" || lowered == "поправка" {
            return .amendment
        }
        if lowered.hasPrefix("cor") || lowered == "勘误" || lowered == "исправление" { return .corrigendum }
        if lowered.hasPrefix("err") || lowered == "勘误表" || lowered == "опечатка" { return .erratum }
        if lowered.hasPrefix("sup") || lowered == "增补" || lowered == "добавление" { return .supplement }
        if lowered.hasPrefix("app") { return .appendix }
        if lowered.hasPrefix("annex") { return .annex }
        return nil
    }
}
