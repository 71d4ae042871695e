/// What a document is, as recognised from its file name, cover, front page and text.
public struct DocumentIdentity: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case recommendation, amendment, corrigendum, erratum, supplement
        /// An appendix or annex published as a separate document.
        case annex
        case contribution, td, liaison, report, other
    }

    /// The status of a Recommendation, from the `I`/`S`/`P` letter of `T-REC-…` names.
    public enum Status: String, Sendable, Codable {
        case inForce = "in-force"
        case superseded
        case prePublished = "pre-published"
    }

    public var kind: Kind = .other
    /// `X.1281`, `Y.4901/L.1601`, or a document number such as `T25-SG17-C-0123`.
    public var identifier: String?
    /// `03/2024` for Recommendations.
    public var edition: String?
    public var status: Status?
    /// `Amd 1`, `Cor 2`, `App II`, `Suppl 85`.
    public var part: String?
    /// `2025-2028`.
    public var studyPeriod: String?
    /// 2025–2028 numbering (`SG21` for SG9/SG16 texts), with the group as named in the document.
    public var studyGroups: [StudyGroupMention] = []
    /// `Q10/17`.
    public var questions: [String] = []
    /// `WP3/17`.
    public var workingParty: String?
    /// ISO 639-1: `en`, `fr`, `es`, `ru`, `zh`, `ar`.
    public var language: String?
    public var title: String?
    /// The front page `Source` field of contributions and TDs.
    public var source: String?
    /// `YYYY-MM` or `YYYY-MM-DD`.
    public var date: String?
    /// The meeting as the front page names it: `Geneva, 8-17 April 2026`.
    public var meeting: String?
    /// The ISO/IEC number of a common text: `ISO/IEC 29151` for `ITU-T X.1058 | ISO/IEC 29151`.
    public var commonText: String?
    /// Front-page fields as written: `Purpose`, `Contact`, `Keywords`, `Abstract`, `Meeting, date`, …
    public var fields: [String: String] = [:]
    /// Where sources of lower trust disagreed with the value kept (`edition: cover 03/2024, metadata 2023`).
    public var disagreements: [String] = []

    public init() {}
}

/// A study group a document belongs to: its 2025–2028 number, and how the document named it.
public struct StudyGroupMention: Sendable, Hashable, Codable {
    /// `SG17`, `SG21`, `TSAG`.
    public var id: String
    /// As written when it differs: `SG16`, `Study Group XVII`.
    public var original: String?

    public init(id: String, original: String? = nil) {
        self.id = id
        self.original = original
    }
}
