/// A taxonomy category given to a document or a passage, with the evidence for it.
public struct Label: Sendable, Hashable, Codable {
    /// A taxonomy node id: `identity`, `identity-foundational-id`.
    public var category: String
    /// `nil` for a document label; the passage ordinal for a passage label.
    public var passage: Int?
    /// The combined score that crossed the threshold.
    public var score: Double
    public var keywordScore: Double
    public var tfidfScore: Double
    /// Why: the matched terms and where they stand.
    public var evidence: [Evidence]

    public init(
        category: String, passage: Int? = nil, score: Double, keywordScore: Double, tfidfScore: Double,
        evidence: [Evidence]
    ) {
        self.category = category
        self.passage = passage
        self.score = score
        self.keywordScore = keywordScore
        self.tfidfScore = tfidfScore
        self.evidence = evidence
    }
}

/// One matched term: which, where (field and passage, character offsets in the passage) and its weight.
public struct Evidence: Sendable, Hashable, Codable {
    public var term: String
    /// `title`, `keywords`, `abstract`, `body`.
    public var field: String
    public var passage: Int?
    /// Character offsets in the passage text, `[start, end)`.
    public var start: Int?
    public var end: Int?
    public var weight: Double

    public init(term: String, field: String, passage: Int? = nil, start: Int? = nil, end: Int? = nil, weight: Double) {
        self.term = term
        self.field = field
        self.passage = passage
        self.start = start
        self.end = end
        self.weight = weight
    }
}
