import AtlasStore
import Foundation
import FoundationXML
import Testing

/// The run as CI and the secretariat rely on it: reports for CI, determinism, and surviving SIGKILL.
struct RunTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// `count` distinct PDFs (the same fixture with a different trailing comment) and one broken file.
    private func makeInbox(count: Int) throws -> URL {
        let inbox = folder.appendingPathComponent("inbox-\(count)")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let pdf = try Data(contentsOf: fixtureURL("pdf-two-pages.pdf"))
        for index in 0..<count {
            let copy = pdf + Data("\n% copy \(index)\n".utf8)
            try copy.write(to: inbox.appendingPathComponent(String(format: "doc-%04d.pdf", index)))
        }
        try FileManager.default.copyItem(
            at: fixtureURL("docx-truncated.docx"), to: inbox.appendingPathComponent("broken.docx"))
        return inbox
    }

    @Test func writesASummaryJSONAndAJUnitReport() throws {
        let inbox = try makeInbox(count: 3)
        let summaryPath = folder.appendingPathComponent("summary.json").path
        let junitPath = folder.appendingPathComponent("junit.xml").path
        let result = try runAtlas([
            "ingest", inbox.path, "--db", folder.appendingPathComponent("a.sqlite").path, "--quiet",
            "--summary-json", summaryPath, "--junit", junitPath,
        ])
        #expect(result.status == 0, "\(result.stderr)")

        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summaryPath)))
                as? [String: Any])
        #expect((summary["counts"] as? [String: Int])?["documentsLoaded"] == 3)
        #expect((summary["failuresByReason"] as? [String: Int]) == ["truncated": 1])
        let failures = try #require(summary["failures"] as? [[String: String]])
        #expect(failures.first?["path"]?.hasSuffix("broken.docx") == true)

        let xml = try XMLDocument(contentsOf: URL(fileURLWithPath: junitPath))
        let cases = try xml.nodes(forXPath: "//testcase")
        #expect(cases.count == 4)
        let failed = try xml.nodes(forXPath: "//testcase[failure]")
        #expect(failed.count == 1)
        let failure = try #require(try xml.nodes(forXPath: "//failure").first as? XMLElement)
        #expect(failure.attribute(forName: "type")?.stringValue == "truncated")
        let suite = try #require(try xml.nodes(forXPath: "//testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "failures")?.stringValue == "1")
    }

    @Test func twoRunsOnTheSameInputGiveTheSameRows() throws {
        let inbox = try makeInbox(count: 3)
        try FileManager.default.copyItem(
            at: fixtureURL("docx-front-page-table.docx"), to: inbox.appendingPathComponent("front.docx"))
        var dumps: [String] = []
        for name in ["first", "second"] {
            let db = folder.appendingPathComponent("\(name).sqlite").path
            let result = try runAtlas(["ingest", inbox.path, "--db", db, "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
            dumps.append(try dump(db))
        }
        #expect(dumps[0] == dumps[1])
        #expect(dumps[0].contains("doc-0002.pdf"))
    }

    /// Every table but `run` (whose times differ), in a stable order.
    private func dump(_ path: String) throws -> String {
        let tables = [
            "document", "document_text", "passage", "label", "reference", "document_study_group",
            "document_question", "document_link", "failure", "category",
        ]
        var lines: [String] = []
        for table in tables {
            let result = try runProcess("/usr/bin/sqlite3", [path, "SELECT * FROM \(table) ORDER BY 1, 2"])
            lines.append("== \(table)\n\(result.stdout)")
        }
        return lines.joined(separator: "\n")
    }

    @Test func ctrlCStopsAfterTheDocumentInProgress() throws {
        let inbox = try makeInbox(count: 120)
        let db = folder.appendingPathComponent("stopped.sqlite").path
        let process = Process()
        process.executableURL = try atlasExecutable()
        process.arguments = ["ingest", inbox.path, "--db", db]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            let loaded =
                Int(
                    try runProcess("/usr/bin/sqlite3", [db, "SELECT count(*) FROM document"]).stdout
                        .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            if loaded >= 5 || !process.isRunning { break }
        }
        kill(process.processIdentifier, SIGINT)
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130, "\(stderr)")
        #expect(stdout.contains("interrupted"))
        #expect(stderr.contains("stopping after the document in progress"))
        let store = try AtlasStore(path: db)
        #expect(try store.runs().map(\.status) == ["interrupted"])
        #expect(try store.documents().count < 120)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func withoutATerminalProgressIsPlainLinesAndFailuresAreNamed() throws {
        let inbox = try makeInbox(count: 2)
        let result = try runAtlas(["ingest", inbox.path, "--db", folder.appendingPathComponent("p.sqlite").path])
        #expect(result.stderr.contains("progress: 3/3 files"))
        #expect(result.stderr.contains("failed: ") && result.stderr.contains("broken.docx: truncated"))
        #expect(!result.stderr.contains("\u{1B}["), "no terminal escapes in a log")
    }

    @Test func aKilledIngestLeavesAConsistentStoreAndTheNextRunFinishes() throws {
        let inbox = try makeInbox(count: 120)
        let db = folder.appendingPathComponent("killed.sqlite").path
        let process = Process()
        process.executableURL = try atlasExecutable()
        process.arguments = ["ingest", inbox.path, "--db", db, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Let it load some documents, then kill it without warning.
        let deadline = Date().addingTimeInterval(60)
        var loaded = 0
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            loaded =
                Int(
                    try runProcess("/usr/bin/sqlite3", [db, "SELECT count(*) FROM document"]).stdout
                        .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            if loaded >= 5 || !process.isRunning { break }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the run should still have been going")

        let store = try AtlasStore(path: db)
        #expect(try store.integrityCheck() == "ok")
        let documents = try store.documents()
        #expect(documents.count < 120)
        for document in documents {
            #expect(try store.text(ofDocument: document.id) != nil, "no document without its text")
            #expect(try !store.passages(ofDocument: document.id).isEmpty, "no document without its passages")
        }

        let again = try runAtlas(["ingest", inbox.path, "--db", db, "--quiet", "--json"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try store.documents().count == 120)
        #expect(try store.failures().count == 1)
        #expect(try store.runs().map(\.status) == ["interrupted", "finished"])
    }
}
