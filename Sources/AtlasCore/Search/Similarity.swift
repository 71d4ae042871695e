import Foundation

/// How close documents are to one another: cosine similarity of their TF-IDF vectors.
///
/// Terms are the classifier's (`Tokenizer` keys, stop words, bare numbers and lone letters dropped, Chinese
/// and Japanese as character bigrams), weighted as the classifier weighs them: `(1 + ln tf) × idf`, with the
/// smoothed IDF of `CorpusStatistics` computed over the documents compared. Vectors are unit length, so the
/// score is their dot product, between 0 (no term in common) and 1 (the same terms in the same proportions).
/// Sums run over terms in sorted order and ties are broken by id: the same documents give the same ranking.
///
/// Words cannot match across languages, so two documents in different languages are also compared on the
/// terms that do not depend on the language: identifiers (`X.509`, `R-FED-01`, `IMT-2030`) and acronyms
/// (`PSP`, `QR`, `HSM`), each with the same weighting; their score is the larger of the two cosines. A
/// translation shares nearly all of them with its original, so it ranks near the top.
public enum Similarity {
    /// The terms of one document: feature-term counts, and the keys written as identifiers or acronyms.
    public struct Terms: Sendable, Hashable, Codable {
        public var counts: [String: Double]
        public var neutral: Set<String>
        public var language: String?

        public init(counts: [String: Double], neutral: Set<String> = [], language: String? = nil) {
            self.counts = counts
            self.neutral = neutral
            self.language = language
        }

        /// The counts of the language-neutral terms alone.
        var neutralCounts: [String: Double] { counts.filter { neutral.contains($0.key) } }
    }

    /// A document close to the one asked about: its score and the terms that add most to it.
    public struct Neighbour: Sendable, Hashable, Codable {
        public var id: String
        /// Cosine similarity, 0 to 1.
        public var score: Double
        /// The shared terms with the largest part of the score, largest first.
        public var sharedTerms: [SharedTerm]

        public init(id: String, score: Double, sharedTerms: [SharedTerm]) {
            self.id = id
            self.score = score
            self.sharedTerms = sharedTerms
        }
    }

    /// A term both documents hold, and its part of the cosine (the product of its two weights).
    public struct SharedTerm: Sendable, Hashable, Codable {
        public var term: String
        public var contribution: Double

        public init(term: String, contribution: Double) {
            self.term = term
            self.contribution = contribution
        }
    }

    /// The feature terms of a text with their counts, as the classifier's TF-IDF engine counts them, and
    /// which of them are identifiers or acronyms (two or more capitals, possibly hyphenated: `PSP`, `ITU-T`).
    public static func terms(_ text: String, tokenizer: Tokenizer, language: String? = nil) -> Terms {
        let tokens = tokenizer.tokens(text)
        var counts: [String: Double] = [:]
        TFIDFScorer.count(tokens, weight: 1, into: &counts)
        var neutral: Set<String> = []
        for token in tokens where token.kind == .identifier || isAcronym(token.text) {
            if counts[token.key] != nil { neutral.insert(token.key) }
        }
        return Terms(counts: counts, neutral: neutral, language: language)
    }

    static func isAcronym(_ text: String) -> Bool {
        var capitals = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isUppercase {
                capitals += 1
            } else if !Tokenizer.isHyphen(scalar) {
                return false
            }
        }
        return capitals >= 2
    }

    /// The statistics of the documents compared: how many hold each term.
    public static func statistics(_ documents: [String: Terms]) -> CorpusStatistics {
        var frequency: [String: Int] = [:]
        for terms in documents.values {
            for term in terms.counts.keys { frequency[term, default: 0] += 1 }
        }
        return CorpusStatistics(
            source: "\(documents.count) documents", documentCount: documents.count, documentFrequency: frequency)
    }

    /// The unit-length TF-IDF vector of term counts, sorted by term.
    public static func vector(_ counts: [String: Double], statistics: CorpusStatistics) -> TFIDFScorer.Vector {
        TFIDFScorer.weigh(counts, statistics: statistics)
    }

    /// The cosine of two unit vectors sorted by term, and the terms they share with their part of it.
    public static func cosine(
        _ first: TFIDFScorer.Vector, _ second: TFIDFScorer.Vector
    ) -> (
        score: Double, shared: [SharedTerm]
    ) {
        var score = 0.0
        var shared: [SharedTerm] = []
        var left = 0
        var right = 0
        while left < first.count, right < second.count {
            let term = first[left].term
            if term == second[right].term {
                let contribution = first[left].weight * second[right].weight
                score += contribution
                shared.append(SharedTerm(term: term, contribution: contribution))
                left += 1
                right += 1
            } else if term < second[right].term {
                left += 1
            } else {
                right += 1
            }
        }
        return (score, shared)
    }

    /// The documents nearest to `target`, best first (ties by id), the target itself left out; documents with
    /// no term in common are not listed. IDF comes from `documents`, which must hold the target.
    public static func nearest(
        to target: String, among documents: [String: Terms], limit: Int, termLimit: Int = 5
    ) -> [Neighbour] {
        guard let targetTerms = documents[target] else { return [] }
        let statistics = statistics(documents)
        let targetVector = vector(targetTerms.counts, statistics: statistics)
        var targetNeutral: TFIDFScorer.Vector?
        var neighbours: [Neighbour] = []
        for (id, terms) in documents where id != target {
            var (score, shared) = cosine(targetVector, vector(terms.counts, statistics: statistics))
            if terms.language != targetTerms.language {
                if targetNeutral == nil { targetNeutral = vector(targetTerms.neutralCounts, statistics: statistics) }
                let neutral = cosine(targetNeutral!, vector(terms.neutralCounts, statistics: statistics))
                if neutral.score > score { (score, shared) = neutral }
            }
            guard score > 0 else { continue }
            let top = shared.sorted { ($0.contribution, $1.term) > ($1.contribution, $0.term) }.prefix(termLimit)
            neighbours.append(Neighbour(id: id, score: score, sharedTerms: Array(top)))
        }
        neighbours.sort { ($0.score, $1.id) > ($1.score, $0.id) }
        return Array(neighbours.prefix(max(0, limit)))
    }
}
