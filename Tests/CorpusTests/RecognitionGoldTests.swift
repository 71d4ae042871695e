import AtlasCore
import AtlasExtract
import Foundation
import Testing

/// Recognition against the corpus gold (`corpus/gold/documents.jsonl`): every document that extracts is
/// segmented and recognised, and its identity fields and references are compared with what a careful
/// reader filed it as. `ATLAS_CORPUS` points the test at another corpus folder (for measuring).
struct RecognitionGoldTests {
    /// The identity fields the gold states, in the order of the report.
    static let fields = [
        "kind", "identifier", "edition", "status", "part", "study_groups", "questions", "language", "title", "source",
        "date",
    ]

    static var root: URL {
        if let path = ProcessInfo.processInfo.environment["ATLAS_CORPUS"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return Corpus.root
    }

    /// The gold lines as JSON objects, so that a field set to `null` (scored: nothing expected) differs
    /// from a field left out (not scored).
    static func gold() throws -> [[String: Any]] {
        let url = root.appendingPathComponent("gold/documents.jsonl")
        try #require(FileManager.default.fileExists(atPath: url.path), "missing \(url.path): run make corpus")
        return try String(decoding: Data(contentsOf: url), as: UTF8.self)
            .split(separator: "\n")
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { line in
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
                return try #require(object as? [String: Any], "a gold line is not a JSON object: \(line.prefix(80))")
            }
    }

    @Test func identityAndReferencesMatchTheGold() throws {
        var scores: [String: (right: Int, total: Int)] = [:]
        var misses: [String] = []
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var slowest: (file: String, duration: Duration) = ("", .zero)
        let clock = ContinuousClock()

        for line in try Self.gold() where line["failure"] == nil || line["failure"] is NSNull {
            guard let file = line["file"] as? String else { continue }
            guard let data = FileManager.default.contents(atPath: Self.root.appendingPathComponent(file).path) else {
                Issue.record("missing corpus file \(file)")
                continue
            }
            guard case .success(let document) = Extractor.extract(data, format: FileFormat.sniff(data.prefix(1024)))
            else {
                Issue.record("\(file) does not extract")
                continue
            }
            let passages = Segmenter.passages(of: document)
            var recognition: Recognition?
            let duration = clock.measure {
                recognition = Recognizer.recognize(fileName: file, document: document, passages: passages)
            }
            if duration > slowest.duration { slowest = (file, duration) }
            guard let recognition else { continue }

            for field in Self.fields where line.keys.contains(field) {
                let expected = Self.normalised(field, line[field] as Any)
                let found = Self.normalised(field, Self.value(of: field, in: recognition.identity))
                scores[field, default: (0, 0)].total += 1
                if expected == found {
                    scores[field, default: (0, 0)].right += 1
                } else {
                    misses.append("\(file): \(field): gold \(expected ?? "–"), found \(found ?? "–")")
                }
            }

            let expected = Set((line["references"] as? [String]) ?? [])
            // The gold lists published documents; draft work items are recognised but not scored.
            let found = Set(recognition.references.filter { $0.kind != .workItem }.map(\.cited))
            truePositives += expected.intersection(found).count
            falsePositives += found.subtracting(expected).count
            falseNegatives += expected.subtracting(found).count
            for missing in expected.subtracting(found).sorted() {
                misses.append("\(file): reference missed: \(missing)")
            }
            for extra in found.subtracting(expected).sorted() {
                misses.append("\(file): reference not in gold: \(extra)")
            }
        }

        let right = scores.values.reduce(0) { $0 + $1.right }
        let total = scores.values.reduce(0) { $0 + $1.total }
        let accuracy = total == 0 ? 0 : Double(right) / Double(total)
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))

        var report = "Recognition against the gold\n"
        for field in Self.fields {
            let score = scores[field, default: (0, 0)]
            let share = score.total == 0 ? 1 : Double(score.right) / Double(score.total)
            report += "  \(field.padding(toLength: 14, withPad: " ", startingAt: 0)) \(score.right)/\(score.total)  "
            report += String(format: "%.3f\n", share)
        }
        report += String(format: "  identity       %d/%d  %.3f\n", right, total, accuracy)
        report += String(
            format: "  references     P %.3f  R %.3f  (%d found right, %d not in gold, %d missed)\n", precision, recall,
            truePositives, falsePositives, falseNegatives)
        report += "  slowest        \(slowest.file) \(slowest.duration)\n"
        report += misses.map { "  miss: \($0)\n" }.joined()
        print(report)

        #expect(total > 0, "no scored fields")
        #expect(accuracy >= 0.98, "identity accuracy \(accuracy)")
        #expect(precision >= 0.95, "reference precision \(precision)")
        #expect(recall >= 0.95, "reference recall \(recall)")
    }

    static func value(of field: String, in identity: DocumentIdentity) -> Any? {
        switch field {
        case "kind": identity.kind.rawValue
        case "identifier": identity.identifier
        case "edition": identity.edition
        case "status": identity.status?.rawValue
        case "part": identity.part
        case "study_groups": identity.studyGroups.map(\.id)
        case "questions": identity.questions
        case "language": identity.language
        case "title": identity.title
        case "source": identity.source
        case "date": identity.date
        default: nil
        }
    }

    /// A comparable form: lists as sorted sets, titles and sources case- and whitespace-insensitive,
    /// `null` and empty as nothing.
    static func normalised(_ field: String, _ value: Any?) -> String? {
        switch value {
        case nil, is NSNull: return nil
        case let list as [String]:
            return list.isEmpty ? nil : Set(list).sorted().joined(separator: ", ")
        case let text as String:
            if text.isEmpty { return nil }
            if field == "title" || field == "source" {
                return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            return text
        default:
            return "\(value!)"
        }
    }
}
