/// What the classifier says about one document: its labels, and each passage's kind and labels.
public struct Classification: Sendable, Hashable, Codable {
    /// Document labels (`passage` is `nil`), highest score first. Empty when the document is not about DPI.
    public var labels: [Label]
    /// Every passage, in order, with its kind; labels only on passages with keyword evidence.
    public var passages: [PassageResult]

    public init(labels: [Label], passages: [PassageResult]) {
        self.labels = labels
        self.passages = passages
    }

    /// The label ids, subtopics with their topics.
    public var categories: Set<String> { Set(labels.map(\.category)) }

    public struct PassageResult: Sendable, Hashable, Codable {
        public var ordinal: Int
        public var kind: Passage.Kind
        /// The words that decided the kind (`is required to`, `R-FED-01`, `heading: use case`).
        public var cue: String?
        public var labels: [Label]

        public init(ordinal: Int, kind: Passage.Kind, cue: String? = nil, labels: [Label] = []) {
            self.ordinal = ordinal
            self.kind = kind
            self.cue = cue
            self.labels = labels
        }
    }
}
