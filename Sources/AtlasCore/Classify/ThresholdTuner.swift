/// Searches thresholds (and the keyword weight of the combination) that do best on labelled documents.
/// Run it on the tuning part of the gold only, and copy what it finds into `pipeline/classifier.yaml`.
///
/// The objective is top-level micro F1 plus half the subtopic micro F1. The grid is coarse and searched in
/// a fixed order, and a point is judged by the mean objective of its neighbourhood (the grid points next to
/// it), so a lone lucky point on a small gold set is not chosen over a broad plateau.
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
    let parents: [Int?]
    let topics: [Int]
    let subtopics: [Int]

    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        let nodes = taxonomy.nodes
        let parents = nodes.map { node in node.parent.flatMap { parent in nodes.firstIndex { $0.id == parent } } }
        self.parents = parents
        topics = nodes.indices.filter { parents[$0] == nil }
        subtopics = nodes.indices.filter { parents[$0] != nil }
    }

    public func tune(
        scores: [Classifier.Scores], gold: [[String]], configuration: ClassifierConfiguration
    ) -> [Result] {
        ClassifierConfiguration.Mode.allCases.map { mode in
            tuneMode(scores: scores, gold: gold, configuration: configuration.with(mode: mode))
        }
    }

    /// The figures thresholds tuned this way reach on documents they were not tuned on: the documents are
    /// split into `folds` parts (by a hash of their groups, once per repeat); each part is labelled with
    /// thresholds tuned on the others, and the labels of all parts are measured together. The mean over the
    /// repeats is an honest estimate for comparing engines within the tuning part.
    public func crossValidate(
        scores: [Classifier.Scores], gold: [[String]], ids: [String], configuration: ClassifierConfiguration,
        folds: Int = 4, repeats: Int = 5
    ) -> (topLevel: Double, subtopic: Double) {
        var top = 0.0
        var sub = 0.0
        for repeatIndex in 0..<repeats {
            let fold = ids.map { id in
                Int(SHA256.hex(of: Array("\(repeatIndex)|\(id)".utf8)).prefix(4), radix: 16)! % folds
            }
            var predicted = [[String]](repeating: [], count: scores.count)
            for part in 0..<folds {
                let train = scores.indices.filter { fold[$0] != part }
                let test = scores.indices.filter { fold[$0] == part }
                guard !train.isEmpty, !test.isEmpty else { continue }
                let result = tuneMode(
                    scores: train.map { scores[$0] }, gold: train.map { gold[$0] }, configuration: configuration)
                var chosen = configuration
                if let weight = result.keywordWeight { chosen.keywordWeight = weight }
                for index in test {
                    let values = scores[index].keyword.indices.map {
                        EvaluationRunner.combine(scores[index], $0, chosen)
                    }
                    predicted[index] = Classifier.decide(
                        combined: values, parents: parents, thresholds: result.thresholds
                    ).map { scores[index].nodeIDs[$0] }
                }
            }
            let evaluation = Evaluation(gold: gold, predicted: predicted, taxonomy: taxonomy)
            top += evaluation.topLevel.micro.f1
            sub += evaluation.subtopic.micro.f1
        }
        return (top / Double(repeats), sub / Double(repeats))
    }

    /// The best thresholds (and keyword weight) for the configuration's mode.
    public func tuneMode(
        scores: [Classifier.Scores], gold: [[String]], configuration: ClassifierConfiguration
    ) -> Result {
        let grid: [Double] = stride(from: 0.05, through: 0.9, by: 0.025).map { $0 }
        let weights: [Double?] =
            configuration.mode == .combined ? stride(from: 0.3, through: 0.9, by: 0.1).map { $0 } : [nil]
        let index = Dictionary(uniqueKeysWithValues: (scores.first?.nodeIDs ?? []).enumerated().map { ($1, $0) })
        let goldSets: [[Bool]] = gold.map { labels in
            var set = [Bool](repeating: false, count: parents.count)
            for label in labels {
                guard let node = index[label] else { continue }
                set[node] = true
                if let parent = parents[node] { set[parent] = true }
            }
            return set
        }
        // objective[w][t][s] and the figures behind it.
        var table: [[[(objective: Double, top: Double, sub: Double)]]] = []
        for weight in weights {
            var candidate = configuration
            if let weight { candidate.keywordWeight = weight }
            let combined = scores.map { score in
                score.keyword.indices.map { EvaluationRunner.combine(score, $0, candidate) }
            }
            var plane: [[(objective: Double, top: Double, sub: Double)]] = []
            for topic in grid {
                var row: [(objective: Double, top: Double, sub: Double)] = []
                for subtopic in grid {
                    let (top, sub) = figures(combined, goldSets, topic: topic, subtopic: subtopic)
                    row.append((top + 0.5 * sub, top, sub))
                }
                plane.append(row)
            }
            table.append(plane)
        }
        var best: (score: Double, w: Int, t: Int, s: Int) = (-1, 0, 0, 0)
        for w in table.indices {
            for t in grid.indices {
                for s in grid.indices {
                    var sum = 0.0
                    var count = 0.0
                    for dw in -1...1 where table.indices.contains(w + dw) {
                        for dt in -1...1 where grid.indices.contains(t + dt) {
                            for ds in -1...1 where grid.indices.contains(s + ds) {
                                sum += table[w + dw][t + dt][s + ds].objective
                                count += 1
                            }
                        }
                    }
                    let smoothed = sum / count
                    if smoothed > best.score + 1e-9 { best = (smoothed, w, t, s) }
                }
            }
        }
        let cell = table[best.w][best.t][best.s]
        return Result(
            mode: configuration.mode,
            thresholds: ClassifierConfiguration.Thresholds(topic: grid[best.t], subtopic: grid[best.s]),
            keywordWeight: weights[best.w], topLevelF1: cell.top, subtopicF1: cell.sub)
    }

    /// Top-level and subtopic micro F1 of the decisions at these thresholds.
    private func figures(
        _ combined: [[Double]], _ gold: [[Bool]], topic: Double, subtopic: Double
    ) -> (Double, Double) {
        var top = (tp: 0, fp: 0, fn: 0)
        var sub = (tp: 0, fp: 0, fn: 0)
        var chosen = [Bool](repeating: false, count: parents.count)
        for (values, expected) in zip(combined, gold) {
            for node in topics { chosen[node] = values[node] >= topic }
            for node in subtopics {
                chosen[node] = values[node] >= subtopic
                if chosen[node] { chosen[parents[node]!] = true }
            }
            for node in topics { count(chosen[node], expected[node], &top) }
            for node in subtopics { count(chosen[node], expected[node], &sub) }
        }
        return (f1(top), f1(sub))
    }

    private func count(_ given: Bool, _ expected: Bool, _ tally: inout (tp: Int, fp: Int, fn: Int)) {
        switch (given, expected) {
        case (true, true): tally.tp += 1
        case (true, false): tally.fp += 1
        case (false, true): tally.fn += 1
        default: break
        }
    }

    private func f1(_ tally: (tp: Int, fp: Int, fn: Int)) -> Double {
        let denominator = 2 * tally.tp + tally.fp + tally.fn
        return denominator == 0 ? 0 : Double(2 * tally.tp) / Double(denominator)
    }
}
