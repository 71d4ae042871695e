import Foundation

extension CorpusStatistics {
    /// How the shipped statistics name their source: `corpus/ (78 documents of labels.jsonl)`.
    public static func source(goldPath: String, documents: Int) -> String {
        let gold = URL(fileURLWithPath: goldPath)
        let corpus = gold.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
        return "\(corpus)/ (\(documents) documents of \(gold.lastPathComponent))"
    }

    /// Builds the statistics of a labelled corpus: document frequencies over every document, and examples
    /// from the documents of the tuning part, with or without labels (never from the held-out part).
    public static func build(
        from documents: [EvaluationRunner.Document], taxonomy: Taxonomy, configuration: ClassifierConfiguration,
        source: String
    ) -> CorpusStatistics {
        let tokenizer = Tokenizer(acronyms: taxonomy.allAcronyms)
        var builder = Builder(tokenizer: tokenizer)
        for document in documents {
            builder.add(text: document.document.text)
        }
        var statistics = builder.build(source: source)
        var examples: [Example] = []
        for document in documents where !GoldStandard.isHeldOut(document.item) {
            let counts = termCounts(document, tokenizer: tokenizer, configuration: configuration)
            let kept = counts.keys.sorted().map { ($0, counts[$0]! * statistics.idf($0)) }
                .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
                .prefix(configuration.exampleTerms)
            let labels = EvaluationRunner.closed(document.item.labels, taxonomy: taxonomy)
            examples.append(
                Example(
                    id: document.item.id, group: document.item.group, labels: labels.sorted(),
                    terms: Dictionary(uniqueKeysWithValues: kept.map { ($0.0, counts[$0.0]!) })))
        }
        statistics.examples = examples.sorted { $0.id < $1.id }
        return statistics
    }

    /// Field-weighted counts of a document's feature terms, as the classifier counts them.
    static func termCounts(
        _ document: EvaluationRunner.Document, tokenizer: Tokenizer, configuration: ClassifierConfiguration
    ) -> [String: Double] {
        let input = Classifier.Input(
            document: document.document, passages: Segmenter.passages(of: document.document),
            title: document.item.title)
        var counts: [String: Double] = [:]
        let fields: [(ClassifierConfiguration.Field, String?)] = [
            (.title, input.title), (.keywords, input.keywords), (.abstract, input.abstract),
        ]
        for (field, text) in fields {
            guard let text else { continue }
            TFIDFScorer.count(tokenizer.tokens(text), weight: configuration.weight(field), into: &counts)
        }
        let weights = Classifier.passageWeights(input.passages, configuration: configuration)
        for (passage, weight) in zip(input.passages, weights) {
            TFIDFScorer.count(
                tokenizer.tokens(passage.text), weight: configuration.weight(.body) * weight, into: &counts)
        }
        return counts
    }
}
