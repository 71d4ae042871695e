import Foundation

/// What the TF-IDF scorer needs to know about a corpus: how many documents hold each term (for IDF),
/// how long documents are (for keyword saturation), and the labelled example documents whose terms join
/// the node profiles.
///
/// The engine ships one built from `corpus/` (`pipeline/corpus-statistics.json`, written by
/// `dpiatlas eval --gold corpus/gold/labels.jsonl --write-statistics …`); with `--db` the document
/// frequencies come from the store instead, recomputed on every run, and the examples from the shipped file.
public struct CorpusStatistics: Sendable, Hashable, Codable {
    public static let formatVersion = 2

    public var version = Self.formatVersion
    /// Where the figures come from: `corpus/ (68 documents)`, `output/atlas.sqlite`.
    public var source: String
    public var documentCount: Int
    /// Tokens per document, on average.
    public var averageLength: Double
    /// For each term key, the number of documents that contain it.
    public var documentFrequency: [String: Int]
    /// Documents whose terms join the profiles of their labels (and, as counter-examples, weaken the
    /// profiles of the other nodes). Only documents of the tuning part of the gold are examples; the
    /// held-out part never is.
    public var examples: [Example]

    public struct Example: Sendable, Hashable, Codable {
        public var id: String
        /// Its gold group (editions and translations of one text): left out together while tuning.
        public var group: String
        /// Taxonomy node ids, subtopics with their topics.
        public var labels: [String]
        /// Field-weighted term counts of the document (the most telling terms only).
        public var terms: [String: Double]

        public init(id: String, group: String? = nil, labels: [String], terms: [String: Double]) {
            self.id = id
            self.group = group ?? GoldStandard.group(of: id)
            self.labels = labels
            self.terms = terms
        }
    }

    public init(
        source: String, documentCount: Int = 0, averageLength: Double = 0, documentFrequency: [String: Int] = [:],
        examples: [Example] = []
    ) {
        self.source = source
        self.documentCount = documentCount
        self.averageLength = averageLength
        self.documentFrequency = documentFrequency
        self.examples = examples
    }

    /// Statistics of no corpus: every term equally rare. The engine still works on taxonomy text alone.
    public static let empty = CorpusStatistics(source: "none")

    /// Smoothed inverse document frequency: `ln((N + 1) / (df + 1)) + 1`.
    public func idf(_ term: String) -> Double {
        let frequency = documentFrequency[term] ?? 0
        return log(Double(documentCount + 1) / Double(frequency + 1)) + 1
    }

    /// The highest IDF a term can have here (a term no document holds).
    public var maximumIDF: Double { log(Double(documentCount + 1)) + 1 }

    /// The same statistics with other document frequencies (from a store), keeping these examples.
    public func replacingFrequencies(with other: CorpusStatistics) -> CorpusStatistics {
        var result = other
        result.examples = examples
        return result
    }

    // MARK: Building

    /// Accumulates document frequencies one document at a time (from `corpus/` or from a store).
    public struct Builder: Sendable {
        public let tokenizer: Tokenizer
        private var frequency: [String: Int] = [:]
        private var documents = 0
        private var tokens = 0

        public init(tokenizer: Tokenizer) {
            self.tokenizer = tokenizer
        }

        /// Counts the terms of one document's text.
        public mutating func add(text: String) {
            let keys = tokenizer.tokens(text).lazy.map(\.key).filter(TFIDFScorer.isFeature)
            var distinct: Set<String> = []
            var count = 0
            for key in keys {
                distinct.insert(key)
                count += 1
            }
            for key in distinct { frequency[key, default: 0] += 1 }
            documents += 1
            tokens += count
        }

        public func build(source: String, examples: [Example] = []) -> CorpusStatistics {
            CorpusStatistics(
                source: source, documentCount: documents,
                averageLength: documents == 0 ? 0 : Double(tokens) / Double(documents),
                documentFrequency: frequency, examples: examples.sorted { $0.id < $1.id })
        }
    }

    // MARK: File

    public static func load(path: String) throws -> CorpusStatistics {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError([TaxonomyIssue(file: path, line: 0, message: "cannot read the statistics file")])
        }
        do {
            let statistics = try JSONDecoder().decode(CorpusStatistics.self, from: data)
            guard statistics.version == formatVersion else {
                throw ConfigurationError([
                    TaxonomyIssue(
                        file: path, line: 0,
                        message: "statistics format \(statistics.version), expected \(formatVersion): rebuild them")
                ])
            }
            return statistics
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError([TaxonomyIssue(file: path, line: 0, message: "not a statistics file: \(error)")])
        }
    }

    /// Sorted keys and rounded weights, so the same corpus always gives the same bytes.
    public func encoded() throws -> Data {
        var rounded = self
        rounded.averageLength = (averageLength * 1000).rounded() / 1000
        rounded.examples = examples.map { example in
            var copy = example
            copy.terms = example.terms.mapValues { ($0 * 1000).rounded() / 1000 }
            return copy
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(rounded)
    }
}
