/// A stretch of a document's text (a paragraph, list item or table row) with where it stands.
public struct Passage: Sendable, Hashable, Codable {
    /// What a passage states, in Resolution 103's terms.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case requirement
        case useCase = "use-case"
        case gap
        case other
    }

    /// Position in the document, from 0.
    public var ordinal: Int
    /// The clause number of the enclosing heading (`6.2.1`, `Annex A`, `Appendix I`), when known.
    public var section: String?
    /// The enclosing heading's text.
    public var heading: String?
    /// 1-based page for PDF.
    public var page: Int?
    public var text: String
    public var kind: Kind
    /// The clause numbers from the top of the document down to `section`: `["6", "6.2", "6.2.1"]`,
    /// `["Annex A", "A.1"]`. Empty before the first heading.
    public var sectionPath: [String] = []

    public init(
        ordinal: Int, section: String? = nil, heading: String? = nil, page: Int? = nil, text: String,
        kind: Kind = .other
    ) {
        self.ordinal = ordinal
        self.section = section
        self.heading = heading
        self.page = page
        self.text = text
        self.kind = kind
    }
}
