import Foundation
import Testing

/// The example CI job users copy (`examples/ci/ingest-and-report.sh`), run as their CI would run it.
struct CIExampleTests {
    @Test func theExampleJobIngestsEvaluatesAndPublishesTheReports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-ci-\(UUID().uuidString)")
        let inbox = folder.appendingPathComponent("documents")
        let out = folder.appendingPathComponent("published")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: try fixtureURL("pdf-recommendation.pdf"), to: inbox.appendingPathComponent("recommendation.pdf"))
        try FileManager.default.copyItem(
            at: try fixtureURL("pdf-truncated.pdf"), to: inbox.appendingPathComponent("truncated.pdf"))

        let script = ClassifyCommandTests.path("examples/ci/ingest-and-report.sh")
        let result = try runProcess(
            "/usr/bin/env",
            [
                "DPIATLAS=\(try atlasExecutable().path)", "STRICT=1",
                "GOLD=\(ClassifyCommandTests.path("corpus/gold/labels.jsonl"))",
                "GATE=\(ClassifyCommandTests.path("pipeline/quality.yaml"))", "bash", script, inbox.path, out.path,
            ])
        // STRICT: one document could not be read, so the job fails, after publishing everything.
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!result.stderr.contains("below the quality gate"), "\(result.stderr)")

        let junit = try String(contentsOf: out.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(junit.components(separatedBy: "<testcase ").count - 1 == 2)
        #expect(junit.contains("<failure type=\"truncated\""))
        let evaluation = try JSONSerialization.jsonObject(
            with: Data(contentsOf: out.appendingPathComponent("eval.json")))
        #expect((evaluation as? [String: Any])?["topLevel"] != nil)
        for report in ["gap", "repository", "coverage"] {
            for format in ["html", "md", "csv", "json"] {
                let file = out.appendingPathComponent("report-\(report).\(format)")
                #expect(FileManager.default.fileExists(atPath: file.path), "missing \(file.lastPathComponent)")
            }
        }

        let usage = try runProcess("/bin/bash", [script])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("usage:"))
    }
}
