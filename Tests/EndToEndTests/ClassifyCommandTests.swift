import Foundation
import Testing

/// `dpiatlas taxonomy`, `classify` and `eval` as a user runs them, with the committed `pipeline/` files.
struct ClassifyCommandTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-classify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    var pipeline: [String] {
        [
            "--taxonomy", Self.path("pipeline/taxonomy.yaml"), "--config", Self.path("pipeline/classifier.yaml"),
            "--statistics", Self.path("pipeline/corpus-statistics.json"),
        ]
    }

    @Test func taxonomyCheckPassesTheCommittedFileAndNamesFileLineAndNode() throws {
        let valid = try runAtlas(["taxonomy", "check", Self.path("pipeline/taxonomy.yaml")])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        #expect(valid.stdout.contains("15 topics"))
        let fixture = Self.path("Tests/AtlasCoreTests/Taxonomy/Fixtures/taxonomy-duplicate-id.yaml")
        let broken = try runAtlas(["taxonomy", "check", fixture])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("\(fixture):26: node identity-wallets: duplicate id"))
    }

    @Test func taxonomyExportsSKOS() throws {
        let out = folder.appendingPathComponent("dpi.ttl").path
        let result = try runAtlas(["taxonomy", "export-skos", Self.path("pipeline/taxonomy.yaml"), "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let turtle = try String(contentsOfFile: out, encoding: .utf8)
        #expect(turtle.contains("skos:ConceptScheme"))
        #expect(turtle.contains("<http://dpiatlas.invalid/taxonomy/identity-biometrics>"))
    }

    @Test func classifyGivesLabelsWithEvidenceWithoutADatabase() throws {
        let text = """
            Mobile money interoperability
            Mobile money providers and banks connect through a national payment switch with an alias directory.
            The switch is required to settle every transfer between mobile money accounts.
            """
        let result = try runAtlas(["classify", "--text", text, "--format", "json"] + pipeline)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let labels = try #require(json["labels"] as? [[String: Any]])
        #expect(labels.contains { $0["category"] as? String == "payments" })
        let evidence = labels.flatMap { ($0["evidence"] as? [[String: Any]]) ?? [] }
        #expect(evidence.contains { $0["term"] as? String == "mobile money" && $0["start"] != nil })
        let passages = try #require(json["passages"] as? [[String: Any]])
        #expect(passages.contains { $0["kind"] as? String == "requirement" })
    }

    @Test func evalPrintsTheFiguresAsJSONAndRejectsAnUnknownLabel() throws {
        let gold = folder.appendingPathComponent("gold.jsonl")
        try """
        {"id": "a", "title": "Mobile money", "text": "Mobile money wallets and agents.", "labels": ["payments-mobile-money-dfs"]}
        {"id": "b", "title": "Optical transport", "text": "Optical transport network line interfaces.", "labels": []}
        """.write(to: gold, atomically: true, encoding: .utf8)
        let result = try runAtlas(["eval", "--gold", gold.path, "--part", "all", "--format", "json"] + pipeline)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let topLevel = try #require(json["topLevel"] as? [String: Any])
        #expect(((topLevel["micro"] as? [String: Any])?["f1"] as? Double) != nil)
        #expect(((topLevel["macro"] as? [String: Any])?["f1"] as? Double) != nil)
        #expect((((json["subtopic"] as? [String: Any])?["micro"] as? [String: Any])?["f1"] as? Double) != nil)
        #expect(Set(((json["ablation"] as? [String: Any]) ?? [:]).keys) == ["keyword", "tfidf", "combined"])

        try """
        {"id": "a", "text": "x", "labels": ["payments"]}
        {"id": "b", "text": "x", "labels": ["payments-wallets"]}
        """.write(to: gold, atomically: true, encoding: .utf8)
        let bad = try runAtlas(["eval", "--gold", gold.path] + pipeline)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("\(gold.path):2: b: unknown label \"payments-wallets\""))
    }
}
