/// Everything the stages found in one file, ready to be loaded as one unit.
public struct ProcessedDocument: Sendable, Hashable {
    public var source: SourceFile
    public var extracted: ExtractedDocument
    public var passages: [Passage]
    public var identity: DocumentIdentity
    public var references: [Reference]
    /// Document labels (`passage == nil`) and passage labels.
    public var labels: [Label]
    /// The term counts `similar` compares (`Similarity.terms` of the text); computed on saving when `nil`.
    public var terms: Similarity.Terms?

    public init(
        source: SourceFile, extracted: ExtractedDocument, passages: [Passage],
        identity: DocumentIdentity = DocumentIdentity(), references: [Reference] = [], labels: [Label] = []
    ) {
        self.source = source
        self.extracted = extracted
        self.passages = passages
        self.identity = identity
        self.references = references
        self.labels = labels
    }
}

/// What produced a record: recorded on runs and documents so a researcher can trust and reproduce it.
public struct Provenance: Sendable, Hashable, Codable {
    public var extractorVersion: String
    public var taxonomyVersion: String?
    public var taxonomyHash: String?
    public var configHash: String?

    public init(
        extractorVersion: String, taxonomyVersion: String? = nil, taxonomyHash: String? = nil,
        configHash: String? = nil
    ) {
        self.extractorVersion = extractorVersion
        self.taxonomyVersion = taxonomyVersion
        self.taxonomyHash = taxonomyHash
        self.configHash = configHash
    }
}
