import Foundation

/// Labels documents and passages with taxonomy nodes, every label with its evidence.
///
/// Built from a `Taxonomy`, a `ClassifierConfiguration` and `CorpusStatistics`; pure and deterministic:
/// the same inputs give the same labels, scores and evidence, byte for byte.
///
/// A node's score is `keywordWeight × keyword + (1 − keywordWeight) × tfidf` (or one part alone in the
/// ablation modes). A subtopic is labelled when its score reaches the subtopic threshold; a topic when its
/// own score reaches the topic threshold or one of its subtopics is labelled (a confident child implies its
/// parent). A document may get no label at all.
public struct Classifier: Sendable {
    public let taxonomy: Taxonomy
    public let configuration: ClassifierConfiguration
    public let statistics: CorpusStatistics
    let tokenizer: Tokenizer
    let keywords: KeywordScorer
    let tfidf: TFIDFScorer
    let nodeIDs: [String]
    let parents: [Int?]

    /// `leavingOut` builds the profiles without the examples of one gold group (a document, its editions
    /// and translations), to score a document of it fairly while tuning.
    public init(
        taxonomy: Taxonomy, configuration: ClassifierConfiguration, statistics: CorpusStatistics,
        leavingOut: String? = nil
    ) {
        self.taxonomy = taxonomy
        self.configuration = configuration
        self.statistics = statistics
        tokenizer = Tokenizer(acronyms: taxonomy.allAcronyms)
        var keywords = KeywordScorer(taxonomy: taxonomy, tokenizer: tokenizer)
        keywords.weigh(statistics: statistics, configuration: configuration)
        self.keywords = keywords
        tfidf = TFIDFScorer(
            taxonomy: taxonomy, tokenizer: tokenizer, statistics: statistics, configuration: configuration,
            leavingOut: leavingOut)
        nodeIDs = keywords.nodeIDs
        parents = keywords.parents
    }

    // MARK: Entry points

    /// Classifies a document as extracted: finds its passages, and the title, keywords and abstract on its
    /// front page. A `title` given (from recognition) wins over the front page's.
    public func classify(document: ExtractedDocument, title: String? = nil) -> Classification {
        classify(document: document, passages: Segmenter.passages(of: document), title: title)
    }

    /// The same with the document's passages as segmented already (the ingest pipeline's entry point).
    public func classify(document: ExtractedDocument, passages: [Passage], title: String?) -> Classification {
        let input = Input(document: document, passages: passages, title: title)
        return classify(
            title: input.title, keywords: input.keywords, abstract: input.abstract, passages: input.passages)
    }

    /// Classifies plain text: one passage per line.
    public func classify(text: String, title: String? = nil) -> Classification {
        classify(document: ExtractedDocument(format: .docx, pages: [text]), title: title)
    }

    /// The pipeline's entry point: front-page fields and body passages.
    public func classify(title: String?, keywords: String?, abstract: String?, passages: [Passage]) -> Classification {
        let scored = score(title: title, keywords: keywords, abstract: abstract, passages: passages)
        let labels = decide(
            scored.keyword.map(\.score), scored.similarity, coverage: scored.coverage,
            thresholds: configuration.activeThresholds)
        let documentLabels = labels.map { node in
            makeLabel(
                node: node, passage: nil, keyword: scored.keyword[node], similarity: scored.similarity[node],
                coverage: scored.coverage, units: scored.units, vector: scored.vector)
        }
        return Classification(
            labels: documentLabels.sorted { ($0.score, $1.category) > ($1.score, $0.category) },
            passages: classifyPassages(passages, units: scored.units, tokens: scored.passageTokens))
    }

    // MARK: Scores

    /// Every node's scores for one document, before any threshold: what tuning and the ablation need.
    public struct Scores: Sendable {
        public var nodeIDs: [String]
        public var keyword: [Double]
        public var tfidf: [Double]
        /// The share of the document's TF-IDF vector the profiles know.
        public var coverage: Double

        public init(nodeIDs: [String], keyword: [Double], tfidf: [Double], coverage: Double) {
            self.nodeIDs = nodeIDs
            self.keyword = keyword
            self.tfidf = tfidf
            self.coverage = coverage
        }
    }

    struct Scored {
        var units: [KeywordScorer.Unit]
        /// Each passage's tokens, for its own labels without tokenising it again.
        var passageTokens: [[Token]]
        var keyword: [KeywordScorer.NodeScore]
        var similarity: [Double]
        var vector: TFIDFScorer.Vector
        var coverage: Double
    }

    public func scores(title: String?, keywords: String?, abstract: String?, passages: [Passage]) -> Scores {
        let scored = score(title: title, keywords: keywords, abstract: abstract, passages: passages)
        return Scores(
            nodeIDs: nodeIDs, keyword: scored.keyword.map(\.score), tfidf: scored.similarity,
            coverage: scored.coverage)
    }

    public func scores(document: ExtractedDocument, title: String? = nil) -> Scores {
        let input = Input(document: document, passages: Segmenter.passages(of: document), title: title)
        return scores(title: input.title, keywords: input.keywords, abstract: input.abstract, passages: input.passages)
    }

    /// What the classifier reads from an extracted document: its passages and front-page fields.
    struct Input {
        var title: String?
        var keywords: String?
        var abstract: String?
        var passages: [Passage]

        init(document: ExtractedDocument, passages: [Passage], title: String?) {
            let front = FrontMatter(text: document.text)
            let stated = document.metadata["title"].map(ExtractedDocument.collapsingWhitespace)
            self.title = title ?? front.title ?? stated.flatMap { ExtractedDocument.isUsableTitle($0) ? $0 : nil }
            keywords = front.keywords
            abstract = front.abstract
            self.passages = passages
        }
    }

    func score(title: String?, keywords fieldKeywords: String?, abstract: String?, passages: [Passage]) -> Scored {
        var units: [KeywordScorer.Unit] = []
        var counts: [String: Double] = [:]
        var bodyLength = 0
        var passageTokens: [[Token]] = []
        passageTokens.reserveCapacity(passages.count)
        let fields: [(ClassifierConfiguration.Field, String?)] = [
            (.title, title), (.keywords, fieldKeywords), (.abstract, abstract),
        ]
        for (field, text) in fields {
            guard let text, !text.isEmpty else { continue }
            let tokens = tokenizer.tokens(text)
            TFIDFScorer.count(tokens, weight: configuration.weight(field), into: &counts)
            units.append(KeywordScorer.Unit(field: field, passage: nil, matches: keywords.matches(in: tokens)))
        }
        let weights = Self.passageWeights(passages, configuration: configuration)
        for (passage, weight) in zip(passages, weights) {
            let tokens = tokenizer.tokens(passage.text)
            passageTokens.append(tokens)
            bodyLength += tokens.count
            TFIDFScorer.count(tokens, weight: configuration.weight(.body) * weight, into: &counts)
            units.append(
                KeywordScorer.Unit(
                    field: .body, passage: passage.ordinal, matches: keywords.matches(in: tokens), weight: weight))
        }
        let average = statistics.averageLength
        let lengthRatio = average > 0 ? Double(bodyLength) / average : 1
        let keywordScores = keywords.score(units, lengthRatio: lengthRatio, configuration: configuration)
        let vector = tfidf.vector(counts)
        return Scored(
            units: units, passageTokens: passageTokens, keyword: keywordScores,
            similarity: tfidf.calibrated(tfidf.similarities(vector)),
            vector: vector, coverage: tfidf.coverage(vector))
    }

    /// Headings of the clauses that list other documents and words rather than say what this one is
    /// about: references, bibliography, abbreviations, terms defined elsewhere, tables of contents.
    static let referenceHeadings: Set<String> = [
        "references", "normative references", "informative references", "bibliography", "abbreviations",
        "abbreviations and acronyms", "acronyms", "terms defined elsewhere", "références", "bibliographie",
        "abréviations et acronymes", "abréviations", "termes définis ailleurs", "参考文献", "规范性参考文献", "缩略语",
        "缩写词和首字母缩略语", "缩写词", "其他地方定义的术语", "referencias", "bibliografía", "abreviaturas y acrónimos",
        "справочные документы", "библиография", "сокращения и акронимы", "table of contents", "contents",
        "table des matières", "目录",
    ]

    /// How much each passage counts: 1, or less in front matter and in clauses that list other documents.
    static func passageWeights(_ passages: [Passage], configuration: ClassifierConfiguration) -> [Double] {
        let firstClause = firstClause(passages)
        return passages.enumerated().map { index, passage in
            index < firstClause || isReferenceClause(passage) ? configuration.referenceClauseWeight : 1
        }
    }

    /// Where a document has numbered clauses, what comes before the first is front matter: cover, summary,
    /// keywords, foreword, table of contents, front-page table. Its words are the front-page fields again,
    /// or boilerplate. The index of the first passage of the text itself (0 without numbered clauses).
    static func firstClause(_ passages: [Passage]) -> Int {
        passages.firstIndex { isNumberedClause($0.sectionPath.first ?? $0.section) } ?? 0
    }

    /// `6`, `6.2.1`, `Annex A`, `Appendix I`: a clause of the text itself, not of its front matter.
    static func isNumberedClause(_ number: String?) -> Bool {
        guard let number, let first = number.first else { return false }
        return first.isNumber || Heading.annexKeywords.contains { number.hasPrefix($0 + " ") }
    }

    static func isReferenceClause(_ passage: Passage) -> Bool {
        guard let heading = passage.heading?.lowercased().trimmingCharacters(in: .whitespaces) else { return false }
        return referenceHeadings.contains(heading)
    }

    // MARK: Decisions

    /// The node indices labelled, given keyword and TF-IDF scores, in the configured mode.
    func decide(
        _ keyword: [Double], _ similarity: [Double], coverage: Double, thresholds: ClassifierConfiguration.Thresholds
    ) -> [Int] {
        Self.decide(
            combined: nodeIDs.indices.map { combine(keyword[$0], similarity[$0], coverage: coverage) },
            parents: parents, thresholds: thresholds)
    }

    /// Subtopics at or above the subtopic threshold; topics at or above the topic threshold or with a
    /// labelled subtopic.
    static func decide(combined: [Double], parents: [Int?], thresholds: ClassifierConfiguration.Thresholds) -> [Int] {
        var chosen = Set<Int>()
        for node in combined.indices {
            if let parent = parents[node] {
                if combined[node] >= thresholds.subtopic {
                    chosen.insert(node)
                    chosen.insert(parent)
                }
            } else if combined[node] >= thresholds.topic {
                chosen.insert(node)
            }
        }
        return chosen.sorted()
    }

    /// The score a node is held to its threshold with, in the configured mode.
    public func combine(_ keyword: Double, _ similarity: Double, coverage: Double) -> Double {
        configuration.score(keyword: keyword, tfidf: similarity, coverage: coverage)
    }

    private func makeLabel(
        node: Int, passage: Int?, keyword: KeywordScorer.NodeScore, similarity: Double, coverage: Double,
        units: [KeywordScorer.Unit], vector: TFIDFScorer.Vector
    ) -> Label {
        var evidence = keywords.evidence(for: keyword, units: units, configuration: configuration)
        if passage == nil {
            for (term, value) in tfidf.contributions(vector, node: node, limit: configuration.tfidfEvidenceTerms) {
                evidence.append(Evidence(term: term, field: "tfidf", weight: Self.rounded(value)))
            }
        }
        return Label(
            category: nodeIDs[node], passage: passage,
            score: Self.rounded(combine(keyword.score, similarity, coverage: coverage)),
            keywordScore: Self.rounded(keyword.score), tfidfScore: Self.rounded(similarity),
            evidence: evidence.map { item in
                var copy = item
                copy.weight = Self.rounded(item.weight)
                return copy
            })
    }

    /// Scores are printed and stored with six decimals.
    static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }

    // MARK: Passages

    /// Each passage's kind, and labels for the passages whose own keywords (with their TF-IDF similarity)
    /// reach the passage thresholds.
    private func classifyPassages(
        _ passages: [Passage], units: [KeywordScorer.Unit], tokens: [[Token]]
    ) -> [Classification.PassageResult] {
        let unitByPassage = Dictionary(
            units.enumerated().compactMap { index, unit in unit.passage.map { ($0, index) } },
            uniquingKeysWith: { first, _ in first })
        // Front matter states no requirement, use case or gap.
        let firstClause = Self.firstClause(passages)
        return passages.enumerated().map { index, passage in
            let cue = index < firstClause ? nil : PassageTyper.cue(of: passage)
            var result = Classification.PassageResult(
                ordinal: passage.ordinal, kind: cue?.kind ?? .other, cue: cue?.cue)
            guard let unitIndex = unitByPassage[passage.ordinal], !units[unitIndex].matches.isEmpty else {
                return result
            }
            let unit = units[unitIndex]
            let keywordScores = keywords.score([unit], lengthRatio: 1, configuration: configuration)
            var counts: [String: Double] = [:]
            TFIDFScorer.count(tokens[index], weight: 1, into: &counts)
            let vector = tfidf.vector(counts)
            let similarity = tfidf.calibrated(tfidf.similarities(vector))
            let coverage = tfidf.coverage(vector)
            let chosen = decide(
                keywordScores.map(\.score), similarity, coverage: coverage, thresholds: configuration.passageThresholds
            ).filter { !keywordScores[$0].hits.isEmpty }
            result.labels = chosen.map { node in
                makeLabel(
                    node: node, passage: passage.ordinal, keyword: keywordScores[node], similarity: similarity[node],
                    coverage: coverage, units: [unit], vector: vector)
            }.sorted { ($0.score, $1.category) > ($1.score, $0.category) }
            return result
        }
    }
}
