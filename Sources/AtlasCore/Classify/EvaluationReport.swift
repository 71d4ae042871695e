import Foundation

/// What `dpiatlas eval` reports: the figures of the configured engine, the ablation, each document's
/// labels against the gold, and the speed.
public struct EvaluationReport: Sendable, Codable {
    /// Micro and macro figures of one level, without the per-category detail.
    public struct Summary: Sendable, Hashable, Codable {
        public var micro: Evaluation.Metrics
        public var macro: Evaluation.Metrics
    }

    /// One engine's figures in the ablation.
    public struct Ablation: Sendable, Hashable, Codable {
        public var topLevel: Summary
        public var subtopic: Summary
    }

    public struct DocumentResult: Sendable, Hashable, Codable {
        public var id: String
        public var gold: [String]
        public var predicted: [String]
        /// Gold labels not predicted, and predicted labels not in the gold.
        public var missed: [String]
        public var extra: [String]
        /// The score (in the configured mode) of every gold or predicted label, to see how near a miss was.
        public var scores: [String: Double]
    }

    /// A gold document that could not be evaluated (its file could not be read): left out of the figures.
    public struct Skipped: Sendable, Hashable, Codable {
        public var id: String
        public var line: Int
        public var reason: String

        public init(id: String, line: Int, reason: String) {
            self.id = id
            self.line = line
            self.reason = reason
        }
    }

    public struct Throughput: Sendable, Hashable, Codable {
        public var passages: Int
        public var seconds: Double
        /// Measured on one thread: passages classified (labels, evidence, kinds) per second per core.
        public var passagesPerSecond: Double
    }

    public var gold: String
    /// `held-out`, `tuning` or `all`.
    public var part: String
    public var documents: Int
    /// The configured engine (combined unless the configuration says otherwise).
    public var mode: String
    public var topLevel: Evaluation.Level
    public var subtopic: Evaluation.Level
    /// `keyword`, `tfidf` and `combined`, each with its own thresholds.
    public var ablation: [String: Ablation]
    public var results: [DocumentResult]
    public var skipped: [Skipped]
    public var throughput: Throughput?

    // MARK: Text

    /// The report as a researcher reads it.
    public func text(taxonomy: Taxonomy) -> String {
        var lines: [String] = []
        lines.append("gold: \(gold) — part: \(part), \(documents) documents, engine: \(mode)")
        if !skipped.isEmpty {
            lines.append(
                "skipped: " + skipped.map { "\($0.id) (line \($0.line): \($0.reason))" }.joined(separator: "; "))
        }
        lines.append("")
        lines.append(Self.row("", "precision", "recall", "F1", "tp", "fp", "fn"))
        for (name, level) in [("topic", topLevel), ("subtopic", subtopic)] {
            lines.append(Self.row("\(name) micro", level.micro))
            lines.append(Self.row("\(name) macro", level.macro))
        }
        lines.append("")
        lines.append("ablation (micro F1 / macro F1):")
        for mode in ClassifierConfiguration.Mode.allCases.map(\.rawValue) {
            guard let entry = ablation[mode] else { continue }
            lines.append(
                "  \(mode.padding(toLength: 9, withPad: " ", startingAt: 0))"
                    + "  topic \(Self.figure(entry.topLevel.micro.f1)) / \(Self.figure(entry.topLevel.macro.f1))"
                    + "   subtopic \(Self.figure(entry.subtopic.micro.f1)) / \(Self.figure(entry.subtopic.macro.f1))")
        }
        for (name, level) in [("topics", topLevel), ("subtopics", subtopic)] {
            lines.append("")
            lines.append("per category (\(name)):")
            lines.append(Self.row("", "precision", "recall", "F1", "tp", "fp", "fn"))
            let order = taxonomy.nodes.map(\.id)
            let ids = level.categories.keys.sorted {
                (order.firstIndex(of: $0) ?? Int.max, $0) < (order.firstIndex(of: $1) ?? Int.max, $1)
            }
            for id in ids { lines.append(Self.row(id, level.categories[id]!)) }
        }
        let wrong = results.filter { !$0.missed.isEmpty || !$0.extra.isEmpty }
        if !wrong.isEmpty {
            lines.append("")
            lines.append("documents with differences (− missed, + extra):")
            for result in wrong {
                let score = { (id: String) in result.scores[id].map { " " + Self.figure($0) } ?? "" }
                let changes = result.missed.map { "−\($0)\(score($0))" } + result.extra.map { "+\($0)\(score($0))" }
                lines.append("  \(result.id): \(changes.joined(separator: " "))")
            }
        }
        if let throughput {
            lines.append("")
            lines.append(
                String(
                    format: "speed: %d passages in %.2f s on one core: %.0f passages/s", throughput.passages,
                    throughput.seconds, throughput.passagesPerSecond))
        }
        return lines.joined(separator: "\n")
    }

    static func figure(_ value: Double) -> String { String(format: "%.3f", value) }

    static func row(_ name: String, _ metrics: Evaluation.Metrics) -> String {
        row(
            name, figure(metrics.precision), figure(metrics.recall), figure(metrics.f1), "\(metrics.truePositives)",
            "\(metrics.falsePositives)", "\(metrics.falseNegatives)")
    }

    static func row(_ cells: String...) -> String {
        let first = cells[0].padding(toLength: max(38, cells[0].count), withPad: " ", startingAt: 0)
        let rest = cells.dropFirst().map { String(repeating: " ", count: max(0, 10 - $0.count)) + $0 }
        return first + rest.joined()
    }
}
