/// Searches thresholds (and the keyword weight of the combination) that do best on labelled documents.
/// Run it on the tuning part of the gold only, and copy what it finds into `pipeline/classifier.yaml`.
///
/// The objective is top-level micro F1 plus half the subtopic micro F1; a coarse grid, searched in a
/// fixed order, so the same scores always give the same answer.
public struct ThresholdTuner: Sendable {
    public struct Result: Sendable, Hashable {
        public var mode: ClassifierConfiguration.Mode
        public var thresholds: ClassifierConfiguration.Thresholds
        /// For the combined mode.
        public var keywordWeight: Double?
        public var topLevelF1: Double
        public var subtopicF1: Double
    }

    public let taxonomy: Taxonomy

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
    }

    public func tune(
        scores: [Classifier.Scores], gold: [[String]], configuration: ClassifierConfiguration
    ) -> [Result] {
        ClassifierConfiguration.Mode.allCases.map { mode in
            tune(scores: scores, gold: gold, configuration: configuration.with(mode: mode))
        }
    }

    func tune(scores: [Classifier.Scores], gold: [[String]], configuration: ClassifierConfiguration) -> Result {
        let parents = taxonomy.nodes.map { node in
            node.parent.flatMap { parent in taxonomy.nodes.firstIndex { $0.id == parent } }
        }
        let grid: [Double] =
            configuration.mode == .tfidf
            ? stride(from: 0.02, through: 0.6, by: 0.02).map { $0 }
            : stride(from: 0.05, through: 0.9, by: 0.025).map { $0 }
        let weights: [Double?] =
            configuration.mode == .combined ? stride(from: 0.3, through: 0.9, by: 0.1).map { $0 } : [nil]
        var best: Result?
        var bestObjective = -1.0
        for weight in weights {
            var candidate = configuration
            if let weight { candidate.keywordWeight = weight }
            let combined = scores.map { score in
                score.keyword.indices.map { EvaluationRunner.combine(score, $0, candidate) }
            }
            for topic in grid {
                for subtopic in grid {
                    let thresholds = ClassifierConfiguration.Thresholds(topic: topic, subtopic: subtopic)
                    let predicted = zip(scores, combined).map { score, values in
                        Classifier.decide(combined: values, parents: parents, thresholds: thresholds)
                            .map { score.nodeIDs[$0] }
                    }
                    let evaluation = Evaluation(gold: gold, predicted: predicted, taxonomy: taxonomy)
                    let objective = evaluation.topLevel.micro.f1 + 0.5 * evaluation.subtopic.micro.f1
                    if objective > bestObjective + 1e-9 {
                        bestObjective = objective
                        best = Result(
                            mode: configuration.mode, thresholds: thresholds, keywordWeight: weight,
                            topLevelF1: evaluation.topLevel.micro.f1, subtopicF1: evaluation.subtopic.micro.f1)
                    }
                }
            }
        }
        return best!
    }
}
