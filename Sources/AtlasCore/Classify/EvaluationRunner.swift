import Foundation

/// Runs a classifier over gold documents and measures it: the configured engine, the ablation (keyword only,
/// TF-IDF only, combined, each with its own thresholds), and the speed.
///
/// A document that is one of the statistics' examples is scored by profiles built without it
/// (leave-one-out), so the tuning part is measured as fairly as the held-out part.
public struct EvaluationRunner: Sendable {
    /// A gold document ready to classify.
    public struct Document: Sendable {
        public var item: GoldItem
        public var document: ExtractedDocument

        public init(item: GoldItem, document: ExtractedDocument) {
            self.item = item
            self.document = document
        }

        /// A gold line that carries its text: one passage per line of it.
        public init(textItem item: GoldItem) {
            self.init(item: item, document: ExtractedDocument(format: .docx, pages: [item.text ?? ""]))
        }
    }

    public let taxonomy: Taxonomy
    public let configuration: ClassifierConfiguration
    public let statistics: CorpusStatistics

    public init(taxonomy: Taxonomy, configuration: ClassifierConfiguration, statistics: CorpusStatistics) {
        self.taxonomy = taxonomy
        self.configuration = configuration
        self.statistics = statistics
    }

    /// Each document's node scores, before thresholds.
    public func scores(_ documents: [Document]) -> [Classifier.Scores] {
        let shared = Classifier(taxonomy: taxonomy, configuration: configuration, statistics: statistics)
        let exampleGroups = Set(statistics.examples.map(\.group))
        return documents.map { document in
            let classifier =
                exampleGroups.contains(document.item.group)
                ? Classifier(
                    taxonomy: taxonomy, configuration: configuration, statistics: statistics,
                    leavingOut: document.item.group)
                : shared
            return classifier.scores(document: document.document, title: document.item.title)
        }
    }

    public func run(
        _ documents: [Document], gold: String, part: GoldStandard.Part, skipped: [EvaluationReport.Skipped] = [],
        measureSpeed: Bool = true
    ) -> EvaluationReport {
        let scores = scores(documents)
        let goldLabels = documents.map(\.item.labels)
        let parents = taxonomy.nodes.map {
            $0.parent.flatMap { parent in taxonomy.nodes.firstIndex { $0.id == parent } }
        }
        func predictions(_ mode: ClassifierConfiguration.Mode) -> [[String]] {
            let chosen = configuration.with(mode: mode)
            return scores.map { score in
                let combined = score.keyword.indices.map { Self.combine(score, $0, chosen) }
                return Classifier.decide(combined: combined, parents: parents, thresholds: chosen.activeThresholds)
                    .map { score.nodeIDs[$0] }
            }
        }
        var ablation: [String: EvaluationReport.Ablation] = [:]
        for mode in ClassifierConfiguration.Mode.allCases {
            let evaluation = Evaluation(gold: goldLabels, predicted: predictions(mode), taxonomy: taxonomy)
            ablation[mode.rawValue] = EvaluationReport.Ablation(
                topLevel: .init(micro: evaluation.topLevel.micro, macro: evaluation.topLevel.macro),
                subtopic: .init(micro: evaluation.subtopic.micro, macro: evaluation.subtopic.macro))
        }
        let predicted = predictions(configuration.mode)
        let evaluation = Evaluation(gold: goldLabels, predicted: predicted, taxonomy: taxonomy)
        let results = documents.indices.map { index in
            let expected = Self.closed(documents[index].item.labels, taxonomy: taxonomy)
            let given = Set(predicted[index])
            var shown: [String: Double] = [:]
            for id in expected.union(given) {
                if let node = scores[index].nodeIDs.firstIndex(of: id) {
                    shown[id] = Classifier.rounded(Self.combine(scores[index], node, configuration))
                }
            }
            return EvaluationReport.DocumentResult(
                id: documents[index].item.id, gold: expected.sorted(), predicted: given.sorted(),
                missed: expected.subtracting(given).sorted(), extra: given.subtracting(expected).sorted(),
                scores: shown)
        }
        return EvaluationReport(
            gold: gold, part: part.rawValue, documents: documents.count, mode: configuration.mode.rawValue,
            topLevel: evaluation.topLevel, subtopic: evaluation.subtopic, ablation: ablation, results: results,
            skipped: skipped, throughput: measureSpeed ? throughput(documents) : nil)
    }

    /// Classifies every document in full (front matter, labels, evidence, passage kinds and labels) on this
    /// thread; segmentation is done before the clock starts.
    public func throughput(_ documents: [Document]) -> EvaluationReport.Throughput {
        let classifier = Classifier(taxonomy: taxonomy, configuration: configuration, statistics: statistics)
        let segmented = documents.map { Segmenter.passages(of: $0.document) }
        let clock = ContinuousClock()
        var passages = 0
        let elapsed = clock.measure {
            for (document, list) in zip(documents, segmented) {
                let result = classifier.classify(
                    document: document.document, passages: list, title: document.item.title)
                passages += result.passages.count
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return EvaluationReport.Throughput(
            passages: passages, seconds: (seconds * 1000).rounded() / 1000,
            passagesPerSecond: seconds > 0 ? (Double(passages) / seconds).rounded() : 0)
    }

    static func combine(
        _ scores: Classifier.Scores, _ node: Int, _ configuration: ClassifierConfiguration
    ) -> Double {
        configuration.score(keyword: scores.keyword[node], tfidf: scores.tfidf[node], coverage: scores.coverage)
    }

    /// Labels with the topics their subtopics imply.
    static func closed(_ labels: [String], taxonomy: Taxonomy) -> Set<String> {
        Set(labels + labels.compactMap { taxonomy.parent(of: $0) })
    }
}
