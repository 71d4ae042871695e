/// Precision, recall and F1 of predicted labels against gold labels, micro and macro, at the topic level
/// and at the subtopic level, per category.
///
/// - Topic level: a document's topics are its topic labels and the topics of its subtopic labels
///   (a subtopic implies its parent), in the gold and in the prediction alike.
/// - Subtopic level: subtopic labels only.
/// - Micro: from the true positives, false positives and false negatives summed over every decision.
/// - Macro: the mean of the per-category precision, recall and F1, over the categories that occur in the
///   gold or in a prediction at that level. A ratio with nothing to divide by is 0.
public struct Evaluation: Sendable {
    public struct Metrics: Sendable, Hashable, Codable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int

        public init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
            precision = Self.ratio(truePositives, truePositives + falsePositives)
            recall = Self.ratio(truePositives, truePositives + falseNegatives)
            f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }

        /// The mean of several categories' figures (counts summed).
        init(mean of: [Metrics]) {
            truePositives = of.reduce(0) { $0 + $1.truePositives }
            falsePositives = of.reduce(0) { $0 + $1.falsePositives }
            falseNegatives = of.reduce(0) { $0 + $1.falseNegatives }
            let count = Double(max(1, of.count))
            precision = of.reduce(0) { $0 + $1.precision } / count
            recall = of.reduce(0) { $0 + $1.recall } / count
            f1 = of.reduce(0) { $0 + $1.f1 } / count
        }

        static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

        /// Gold documents of the category (true positives and false negatives).
        public var support: Int { truePositives + falseNegatives }
    }

    /// The figures of one level.
    public struct Level: Sendable, Hashable, Codable {
        public var micro: Metrics
        public var macro: Metrics
        public var categories: [String: Metrics]
    }

    public var topLevel: Level
    public var subtopic: Level

    /// Compares label sets document by document; `gold[i]` and `predicted[i]` are the same document's.
    public init(gold: [[String]], predicted: [[String]], taxonomy: Taxonomy) {
        precondition(gold.count == predicted.count, "one prediction per gold document")
        let topics = { (labels: [String]) in
            Set(labels.map { taxonomy.parent(of: $0) ?? $0 })
        }
        let subtopics = { (labels: [String]) in Set(labels.filter { taxonomy.parent(of: $0) != nil }) }
        topLevel = Self.level(gold: gold.map(topics), predicted: predicted.map(topics))
        subtopic = Self.level(gold: gold.map(subtopics), predicted: predicted.map(subtopics))
    }

    static func level(gold: [Set<String>], predicted: [Set<String>]) -> Level {
        var counts: [String: (tp: Int, fp: Int, fn: Int)] = [:]
        for (expected, given) in zip(gold, predicted) {
            for category in expected.union(given) {
                var count = counts[category] ?? (0, 0, 0)
                switch (expected.contains(category), given.contains(category)) {
                case (true, true): count.tp += 1
                case (false, true): count.fp += 1
                default: count.fn += 1
                }
                counts[category] = count
            }
        }
        var categories: [String: Metrics] = [:]
        for (category, count) in counts {
            categories[category] = Metrics(truePositives: count.tp, falsePositives: count.fp, falseNegatives: count.fn)
        }
        let micro = Metrics(
            truePositives: counts.values.reduce(0) { $0 + $1.tp },
            falsePositives: counts.values.reduce(0) { $0 + $1.fp },
            falseNegatives: counts.values.reduce(0) { $0 + $1.fn })
        let macro = Metrics(mean: categories.keys.sorted().map { categories[$0]! })
        return Level(micro: micro, macro: macro, categories: categories)
    }
}
