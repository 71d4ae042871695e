import Foundation

/// The classifier's weights and thresholds (`pipeline/classifier.yaml`). Defaults live here, in one place;
/// the file overrides them key by key.
public struct ClassifierConfiguration: Sendable, Hashable {
    /// Which scores decide the labels: both (the product), or one engine alone (the ablation).
    public enum Mode: String, Sendable, Hashable, CaseIterable, Codable {
        case combined, keyword, tfidf
    }

    /// The part of a document a term was found in.
    public enum Field: String, Sendable, Hashable, CaseIterable, Codable {
        case title, keywords, abstract, body
    }

    /// The lowest score that gives a label, for topics and for subtopics.
    public struct Thresholds: Sendable, Hashable, Codable {
        public var topic: Double
        public var subtopic: Double

        public init(topic: Double, subtopic: Double) {
            self.topic = topic
            self.subtopic = subtopic
        }
    }

    public var mode: Mode = .combined
    /// How much a match counts in each field: title and keywords above abstract above body.
    public var fieldWeights: [Field: Double] = [.title: 3, .keywords: 3, .abstract: 2, .body: 1]
    /// How much body text counts in the clauses that list other documents' words (References,
    /// Bibliography, Abbreviations and acronyms, Terms defined elsewhere, Table of contents) and in the front
    /// matter before the first numbered clause (its words are the front-page fields again, or boilerplate).
    public var referenceClauseWeight = 0.0

    // Keyword scorer
    /// BM25's k1: how fast repeats of one keyword stop adding (1 occurrence counts 1, many at most k1 + 1).
    public var saturation = 1.2
    /// BM25's b: how much a long body weakens repeats (0 none, 1 full).
    public var lengthNormalization = 0.5
    /// A node's keyword score is `raw / (raw + scale)`, between 0 and 1.
    public var keywordScale = 4.0
    /// Extra weight of each further word of a phrase (`digital identity` is surer than `identity`).
    public var phraseBonus = 0.0
    public var maximumPhraseWeight = 2.0
    /// The least weight of a one-word keyword that nearly every document holds (weights follow IDF above it).
    public var commonWordWeight = 0.3
    /// The weight of an acronym against a keyword phrase.
    public var acronymWeight = 0.5

    // TF-IDF scorer
    /// The share of the taxonomy text in a node profile; the labelled examples have the rest.
    public var taxonomyWeight = 0.5
    /// How many of its most telling terms an example keeps.
    public var exampleTerms = 200
    /// Rocchio's γ: how much of the other examples' mean is taken from a node's examples.
    public var negativeWeight = 0.5
    /// A calibrated TF-IDF score is `z / (z + calibration)`, `z` the cosine's standard deviations above
    /// unrelated documents.
    public var calibration = 3.0

    // Combination
    /// `combined = keywordWeight × keyword + (1 − keywordWeight) × tfidf`.
    public var keywordWeight = 0.3

    public var thresholds: [Mode: Thresholds] = [
        .combined: Thresholds(topic: 0.6, subtopic: 0.5),
        .keyword: Thresholds(topic: 0.775, subtopic: 0.475),
        .tfidf: Thresholds(topic: 0.625, subtopic: 0.525),
    ]
    /// Thresholds for passage labels (combined scores of one passage).
    public var passageThresholds = Thresholds(topic: 0.3, subtopic: 0.3)

    // Evidence
    /// Occurrences listed per matched keyword.
    public var evidencePerTerm = 3
    /// Evidence items listed per label.
    public var evidencePerLabel = 20
    /// The terms listed for the TF-IDF part of a label.
    public var tfidfEvidenceTerms = 5

    public init() {}

    public var activeThresholds: Thresholds { thresholds[mode] ?? Thresholds(topic: 1, subtopic: 1) }

    public func weight(_ field: Field) -> Double { fieldWeights[field] ?? 1 }

    /// The score a node is held to its threshold with, in this mode. Combined, the TF-IDF part counts in
    /// proportion to `coverage`, the share of the text its profiles know: a text in a language the
    /// examples do not cover is judged on its keywords more than on a profile that cannot read it.
    public func score(keyword: Double, tfidf: Double, coverage: Double) -> Double {
        switch mode {
        case .keyword: return keyword
        case .tfidf: return tfidf
        case .combined:
            let tfidfWeight = (1 - keywordWeight) * min(1, max(0, coverage))
            let total = keywordWeight + tfidfWeight
            return total > 0 ? (keywordWeight * keyword + tfidfWeight * tfidf) / total : 0
        }
    }

    /// The same configuration deciding with one engine (or both).
    public func with(mode: Mode) -> ClassifierConfiguration {
        var copy = self
        copy.mode = mode
        return copy
    }

    // MARK: File

    public static func load(path: String) throws -> ClassifierConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError([TaxonomyIssue(file: path, line: 0, message: "cannot read the file")])
        }
        return try load(yaml: String(decoding: data, as: UTF8.self), file: path)
    }

    /// Reads the file over the defaults; unknown keys and bad values are errors that name their line.
    public static func load(yaml: String, file: String = "classifier.yaml") throws -> ClassifierConfiguration {
        var reader = YAMLReader(file: file)
        let root = try reader.parse(yaml)
        var configuration = ClassifierConfiguration()
        let sections: Set<String> = ["version", "fields", "keyword", "tfidf", "combined", "thresholds", "evidence"]
        for (key, _, value) in reader.mapping(root, owner: nil, what: "the file", allowed: sections) {
            switch key {
            case "fields":
                let names = Set(Field.allCases.map(\.rawValue) + ["reference_clauses"])
                for (name, _, number) in reader.mapping(value, owner: nil, what: "fields", allowed: names) {
                    guard let weight = reader.number(number, owner: nil, what: "fields.\(name)") else { continue }
                    if let field = Field(rawValue: name) {
                        configuration.fieldWeights[field] = weight
                    } else {
                        configuration.referenceClauseWeight = weight
                    }
                }
            case "keyword":
                let keys: Set<String> = [
                    "saturation", "length_normalization", "scale", "phrase_bonus", "maximum_phrase_weight",
                    "common_word_weight", "acronym_weight",
                ]
                for (name, _, number) in reader.mapping(value, owner: nil, what: "keyword", allowed: keys) {
                    guard let number = reader.number(number, owner: nil, what: "keyword.\(name)") else { continue }
                    switch name {
                    case "saturation": configuration.saturation = number
                    case "length_normalization": configuration.lengthNormalization = number
                    case "scale": configuration.keywordScale = number
                    case "phrase_bonus": configuration.phraseBonus = number
                    case "maximum_phrase_weight": configuration.maximumPhraseWeight = number
                    case "acronym_weight": configuration.acronymWeight = number
                    default: configuration.commonWordWeight = number
                    }
                }
            case "tfidf":
                let keys: Set<String> = ["taxonomy_weight", "example_terms", "negative_weight", "calibration"]
                for (name, _, number) in reader.mapping(value, owner: nil, what: "tfidf", allowed: keys) {
                    guard let number = reader.number(number, owner: nil, what: "tfidf.\(name)") else { continue }
                    switch name {
                    case "taxonomy_weight": configuration.taxonomyWeight = number
                    case "negative_weight": configuration.negativeWeight = number
                    case "calibration": configuration.calibration = number
                    default: configuration.exampleTerms = Int(number)
                    }
                }
            case "combined":
                for (name, _, number) in reader.mapping(
                    value, owner: nil, what: "combined", allowed: ["keyword_weight"])
                {
                    if let number = reader.number(number, owner: nil, what: "combined.\(name)") {
                        configuration.keywordWeight = number
                    }
                }
            case "thresholds":
                let names = Set(Mode.allCases.map(\.rawValue) + ["passage"])
                for (name, _, pair) in reader.mapping(value, owner: nil, what: "thresholds", allowed: names) {
                    var thresholds = Thresholds(topic: 1, subtopic: 1)
                    var given: Set<String> = []
                    for (level, _, number) in reader.mapping(
                        pair, owner: nil, what: "thresholds.\(name)", allowed: ["topic", "subtopic"])
                    {
                        guard let number = reader.number(number, owner: nil, what: "thresholds.\(name).\(level)")
                        else { continue }
                        given.insert(level)
                        if level == "topic" { thresholds.topic = number } else { thresholds.subtopic = number }
                    }
                    if given.count < 2 {
                        reader.issue(pair, nil, "thresholds.\(name) needs both topic and subtopic")
                    }
                    if let mode = Mode(rawValue: name) {
                        configuration.thresholds[mode] = thresholds
                    } else {
                        configuration.passageThresholds = thresholds
                    }
                }
            case "evidence":
                let keys: Set<String> = ["per_term", "per_label", "tfidf_terms"]
                for (name, _, number) in reader.mapping(value, owner: nil, what: "evidence", allowed: keys) {
                    guard let number = reader.number(number, owner: nil, what: "evidence.\(name)") else { continue }
                    switch name {
                    case "per_term": configuration.evidencePerTerm = Int(number)
                    case "per_label": configuration.evidencePerLabel = Int(number)
                    default: configuration.tfidfEvidenceTerms = Int(number)
                    }
                }
            default:
                break
            }
        }
        if !reader.issues.isEmpty { throw ConfigurationError(reader.issues) }
        return configuration
    }
}
