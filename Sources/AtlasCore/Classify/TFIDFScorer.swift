import Foundation

/// Scores how close a text is to each node by cosine similarity of TF-IDF vectors.
///
/// A node's profile joins the taxonomy's own text for it (labels, definitions and keywords in every
/// language; a topic's includes its subtopics') and the example documents of the corpus statistics, in
/// the manner of Rocchio: the mean of the examples labelled with the node, less `g` times the mean of the
/// other examples (what every ITU-T text says), negative weights dropped:
/// `normalize(w × taxonomy + (1 − w) × normalize(max(0, mean(pos) − g × mean(neg))))`.
/// Term weights are `(1 + ln tf) × idf`, with IDF from the corpus statistics; stop words and bare numbers
/// are left out.
///
/// Cosines are not comparable across nodes (a node with examples is nearer every ITU-T text than one
/// without), so each is calibrated against the examples that do not belong to the node: the score is the
/// cosine's distance above their mean, in their standard deviations `z`, mapped to `z / (z + c)` (0 at or
/// below the mean).
public struct TFIDFScorer: Sendable {
    public typealias Vector = [(term: String, weight: Double)]

    let nodeIDs: [String]
    /// For each term, the nodes whose profile holds it and its weight there.
    let postings: [String: [(node: Int, weight: Double)]]
    let statistics: CorpusStatistics
    /// For each node, the mean and standard deviation of the cosines of the examples not labelled with it.
    let background: [(mean: Double, deviation: Double)]
    let calibration: Double

    /// Builds the profiles. `leavingOut` drops the examples of one gold group (to score a document of it
    /// fairly while tuning: without itself, its other editions or its translations).
    public init(
        taxonomy: Taxonomy, tokenizer: Tokenizer, statistics: CorpusStatistics,
        configuration: ClassifierConfiguration, leavingOut: String? = nil
    ) {
        self.statistics = statistics
        let nodes = taxonomy.nodes
        nodeIDs = nodes.map(\.id)
        let exampleVectors = statistics.examples.filter { $0.group != leavingOut }.map { example in
            (labels: Set(example.labels), vector: Self.weigh(example.terms, statistics: statistics))
        }
        var postings: [String: [(node: Int, weight: Double)]] = [:]
        for (index, node) in nodes.enumerated() {
            var counts: [String: Double] = [:]
            for member in [node] + node.subtopics {
                var text = member.labels.keys.sorted().map { member.labels[$0]! }
                text += member.definition.keys.sorted().map { member.definition[$0]! }
                text += member.keywords.map(\.text)
                for key in tokenizer.keys(text.joined(separator: " \n ")) where Self.isFeature(key) {
                    counts[key, default: 0] += 1
                }
            }
            var profile = Self.dictionary(Self.weigh(counts, statistics: statistics))
            let examples = exampleVectors.filter { $0.labels.contains(node.id) }
            let others = exampleVectors.filter { !$0.labels.contains(node.id) }
            if !examples.isEmpty {
                var mean: [String: Double] = [:]
                for example in examples {
                    for (term, weight) in example.vector { mean[term, default: 0] += weight / Double(examples.count) }
                }
                let negative = configuration.negativeWeight / Double(max(1, others.count))
                for example in others where negative > 0 {
                    for (term, weight) in example.vector where mean[term] != nil { mean[term]! -= negative * weight }
                }
                let exampleProfile = Self.normalized(mean.filter { $0.value > 0 })
                var joined: [String: Double] = [:]
                for (term, weight) in profile { joined[term, default: 0] += configuration.taxonomyWeight * weight }
                for (term, weight) in exampleProfile {
                    joined[term, default: 0] += (1 - configuration.taxonomyWeight) * weight
                }
                profile = Self.dictionary(Self.normalized(joined))
            }
            for (term, weight) in profile { postings[term, default: []].append((index, weight)) }
        }
        self.postings = postings
        calibration = configuration.calibration
        var background = [(mean: Double, deviation: Double)](repeating: (0, 1), count: nodes.count)
        var cosines = [[Double]](repeating: [], count: nodes.count)
        for example in exampleVectors {
            var scores = [Double](repeating: 0, count: nodes.count)
            for (term, weight) in example.vector {
                guard let list = postings[term] else { continue }
                for posting in list { scores[posting.node] += weight * posting.weight }
            }
            for node in nodes.indices where !example.labels.contains(nodes[node].id) {
                cosines[node].append(scores[node])
            }
        }
        for node in nodes.indices where cosines[node].count >= 3 {
            let values = cosines[node]
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
            background[node] = (mean, max(0.01, variance.squareRoot()))
        }
        if exampleVectors.count < 3 {
            // No corpus to calibrate against: plain cosines.
            background = background.map { _ in (0, 1) }
        }
        self.background = background
    }

    /// Calibrated scores, between 0 and 1, from cosine similarities (see the type's notes).
    public func calibrated(_ cosines: [Double]) -> [Double] {
        cosines.indices.map { node in
            let (mean, deviation) = background[node]
            if mean == 0 && deviation == 1 { return cosines[node] }
            let z = max(0, (cosines[node] - mean) / deviation)
            return z / (z + calibration)
        }
    }

    /// The unit-length TF-IDF vector of field-weighted term counts, sorted by term.
    public func vector(_ counts: [String: Double]) -> Vector {
        Self.weigh(counts, statistics: statistics)
    }

    /// Cosine similarity of a unit vector with every node profile.
    public func similarities(_ vector: Vector) -> [Double] {
        var scores = [Double](repeating: 0, count: nodeIDs.count)
        for (term, weight) in vector {
            guard let list = postings[term] else { continue }
            for posting in list { scores[posting.node] += weight * posting.weight }
        }
        return scores
    }

    /// The share of a unit vector's weight (squared) on terms some profile holds: how much of the text the
    /// profiles can judge at all.
    public func coverage(_ vector: Vector) -> Double {
        vector.reduce(0) { $0 + (postings[$1.term] == nil ? 0 : $1.weight * $1.weight) }
    }

    /// The terms that add most to a node's similarity, with their share of it.
    public func contributions(_ vector: Vector, node: Int, limit: Int) -> [(term: String, value: Double)] {
        var values: [(term: String, value: Double)] = []
        for (term, weight) in vector {
            guard let posting = postings[term]?.first(where: { $0.node == node }) else { continue }
            values.append((term, weight * posting.weight))
        }
        return Array(values.sorted { ($0.value, $1.term) > ($1.value, $0.term) }.prefix(limit))
    }

    // MARK: Vectors

    /// Counts of the feature terms in tokens, each occurrence adding `weight`.
    static func count(_ tokens: [Token], weight: Double, into counts: inout [String: Double]) {
        for token in tokens where isFeature(token.key) { counts[token.key, default: 0] += weight }
    }

    static func weigh(_ counts: [String: Double], statistics: CorpusStatistics) -> Vector {
        var vector: Vector = []
        vector.reserveCapacity(counts.count)
        for term in counts.keys.sorted() {
            let count = counts[term]!
            guard count > 0 else { continue }
            vector.append((term, (1 + log(count)) * statistics.idf(term)))
        }
        return normalized(vector)
    }

    static func normalized(_ vector: Vector) -> Vector {
        let norm = sqrt(vector.reduce(0) { $0 + $1.weight * $1.weight })
        guard norm > 0 else { return [] }
        return vector.map { ($0.term, $0.weight / norm) }
    }

    static func normalized(_ dictionary: [String: Double]) -> Vector {
        normalized(dictionary.keys.sorted().map { ($0, dictionary[$0]!) })
    }

    static func dictionary(_ vector: Vector) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: vector.map { ($0.term, $0.weight) })
    }

    /// Whether a key is worth a dimension: not a stop word, not a bare number, not a lone Latin letter.
    static func isFeature(_ key: String) -> Bool {
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a lone character is no CJK character, and only 0-9 are numbers.
            guard key.utf8.count > 1 else { return false }
            if key.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) { return false }
            return !stopwords.contains(key)
        }
        let scalars = key.unicodeScalars
        guard let first = scalars.first else { return false }
        if scalars.count == 1 { return Tokenizer.isCJK(first) }
        if scalars.allSatisfy({ $0.properties.numericType != nil || $0 == "." }) { return false }
        return !stopwords.contains(key)
    }

    /// English and French function words (keys: folded, plurals reduced).
    static let stopwords: Set<String> = [
        "a", "about", "above", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being",
        "between", "both", "but", "by", "can", "could", "do", "doe", "each", "either", "for", "from", "further",
        "had", "ha", "has", "have", "having", "he", "her", "here", "his", "how", "if", "in", "into", "is", "it",
        "its", "itself", "may", "might", "more", "most", "must", "no", "nor", "not", "of", "on", "one", "only", "or",
        "other", "our", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that",
        "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
        "until", "up", "upon", "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while",
        "who", "whom", "why", "will", "with", "within", "without", "would", "you", "your", "thi", "u",
        "au", "aux", "avec", "ce", "ces", "cette", "dan", "dans", "de", "des", "du", "elle", "en", "est", "et",
        "il", "ils", "la", "le", "les", "leur", "leurs", "lui", "mais", "ne", "ni", "nous", "ou", "par", "pas",
        "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "vous",
    ]
}
