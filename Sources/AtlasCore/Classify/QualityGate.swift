import Foundation

/// The classification figures CI holds the engine to (`pipeline/quality.yaml`): minimums on the held-out
/// part of the corpus gold, and whether the combined engine must beat each of its parts.
public struct QualityGate: Sendable, Hashable {
    /// The gold file, relative to the repository root.
    public var gold = "corpus/gold/labels.jsonl"
    public var part = GoldStandard.Part.heldOut
    public var topLevelMicroF1 = 0.0
    public var topLevelMacroF1 = 0.0
    public var subtopicMicroF1 = 0.0
    /// The combined engine's top-level micro F1 must be above keyword-only's and TF-IDF-only's.
    public var combinedAheadOfParts = true

    public init() {}

    public static func load(path: String) throws -> QualityGate {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError([TaxonomyIssue(file: path, line: 0, message: "cannot read the file")])
        }
        return try load(yaml: String(decoding: data, as: UTF8.self), file: path)
    }

    public static func load(yaml: String, file: String = "quality.yaml") throws -> QualityGate {
        var reader = YAMLReader(file: file)
        let root = try reader.parse(yaml)
        var gate = QualityGate()
        let keys: Set<String> = ["version", "gold", "part", "minimum", "combined_ahead_of_parts"]
        for (key, _, value) in reader.mapping(root, owner: nil, what: "the file", allowed: keys) {
            switch key {
            case "gold":
                gate.gold = reader.string(value, owner: nil, what: "gold") ?? gate.gold
            case "part":
                let text = reader.string(value, owner: nil, what: "part") ?? ""
                if let part = GoldStandard.Part(rawValue: text) {
                    gate.part = part
                } else {
                    reader.issue(value, nil, "part is held-out, tuning or all, not \"\(text)\"")
                }
            case "combined_ahead_of_parts":
                let text = reader.string(value, owner: nil, what: key) ?? ""
                guard let flag = Bool(text) else {
                    reader.issue(value, nil, "combined_ahead_of_parts is true or false")
                    continue
                }
                gate.combinedAheadOfParts = flag
            case "minimum":
                let names: Set<String> = ["top_level_micro_f1", "top_level_macro_f1", "subtopic_micro_f1"]
                for (name, _, number) in reader.mapping(value, owner: nil, what: "minimum", allowed: names) {
                    guard let number = reader.number(number, owner: nil, what: "minimum.\(name)") else { continue }
                    switch name {
                    case "top_level_micro_f1": gate.topLevelMicroF1 = number
                    case "top_level_macro_f1": gate.topLevelMacroF1 = number
                    default: gate.subtopicMicroF1 = number
                    }
                }
            default:
                break
            }
        }
        if !reader.issues.isEmpty { throw ConfigurationError(reader.issues) }
        return gate
    }

    /// What falls short, one line each; empty when the report passes.
    public func failures(of report: EvaluationReport) -> [String] {
        var failures: [String] = []
        func require(_ name: String, _ value: Double, _ minimum: Double) {
            if value + 1e-9 < minimum {
                failures.append("\(name) \(Self.figure(value)) is below \(Self.figure(minimum))")
            }
        }
        require("top-level micro F1", report.topLevel.micro.f1, topLevelMicroF1)
        require("top-level macro F1", report.topLevel.macro.f1, topLevelMacroF1)
        require("subtopic micro F1", report.subtopic.micro.f1, subtopicMicroF1)
        if combinedAheadOfParts, let combined = report.ablation["combined"]?.topLevel.micro.f1 {
            for part in ["keyword", "tfidf"] {
                guard let value = report.ablation[part]?.topLevel.micro.f1 else { continue }
                if combined <= value {
                    failures.append(
                        "combined top-level micro F1 \(Self.figure(combined)) is not above \(part) alone (\(Self.figure(value)))"
                    )
                }
            }
        }
        return failures
    }

    static func figure(_ value: Double) -> String { String(format: "%.3f", value) }
}
