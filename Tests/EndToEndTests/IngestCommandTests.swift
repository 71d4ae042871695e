import AtlasStore
import Foundation
import Testing

/// Runs the built `dpiatlas` executable, as a user would.
struct IngestCommandTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// A folder of documents: two good ones, three broken ones, a PDF named .docx, and a note that is not a document.
    private func makeInbox() throws -> URL {
        let inbox = folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(
            at: inbox.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let copies = [
            ("pdf-two-pages.pdf", "recommendation.pdf"),
            ("docx-simple.docx", "sub/contribution.docx"),
            ("pdf-corrupt.pdf", "corrupt.pdf"),
            ("pdf-truncated.pdf", "truncated.pdf"),
            ("empty.pdf", "empty.pdf"),
            ("pdf-named-as.docx", "mislabelled.docx"),
        ]
        for (fixture, name) in copies {
            try FileManager.default.copyItem(at: fixtureURL(fixture), to: inbox.appendingPathComponent(name))
        }
        try Data("notes, not a document".utf8).write(to: inbox.appendingPathComponent("notes.md"))
        return inbox
    }

    @Test func ingestLoadsDocumentsAndRecordsFailures() throws {
        let inbox = try makeInbox()
        let db = folder.appendingPathComponent("out/atlas.sqlite").path
        let result = try runAtlas(["ingest", inbox.path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("6 files: 3 loaded, 0 already stored, 3 failed (1 other files ignored)"))

        let store = try AtlasStore(path: db)
        let documents = try store.documents()
        #expect(
            documents.map { URL(fileURLWithPath: $0.path).lastPathComponent } == [
                "mislabelled.docx", "recommendation.pdf", "contribution.docx",
            ])
        let pdf = try #require(documents.first { $0.path.hasSuffix("recommendation.pdf") })
        #expect(pdf.pageCount == 2)
        #expect(documents.contains { $0.path.hasSuffix("mislabelled.docx") && $0.format == "pdf" })
        #expect(pdf.title == "Framework for trusted digital identity exchange")
        #expect(try store.text(ofDocument: pdf.id)?.contains("1 Scope") == true)

        let failures = Dictionary(
            uniqueKeysWithValues: try store.failures().map {
                (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason)
            })
        #expect(failures == ["corrupt.pdf": "corrupt", "truncated.pdf": "truncated", "empty.pdf": "empty"])
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func aSecondRunSkipsWhatIsStoredAndStrictSignalsFailures() throws {
        let inbox = try makeInbox()
        let db = folder.appendingPathComponent("atlas.sqlite").path
        _ = try runAtlas(["ingest", inbox.path, "--db", db, "--quiet"])
        let second = try runAtlas(["ingest", inbox.path, "--db", db, "--strict", "--json"])
        #expect(second.status == 2)
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        let counts = try #require(summary["counts"] as? [String: Int])
        #expect(counts["documentsLoaded"] == 0)
        #expect(counts["documentsSkipped"] == 3)
        #expect(counts["failures"] == 3)

        let store = try AtlasStore(path: db)
        #expect(try store.documents().count == 3)
        #expect(try store.failures().count == 3)
        #expect(try store.runs().map(\.status) == ["finished", "finished"])
    }

    @Test func aMissingPathStopsTheRunWithExitCode1() throws {
        let result = try runAtlas([
            "ingest", folder.appendingPathComponent("nowhere").path, "--db",
            folder.appendingPathComponent("x.sqlite").path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such file or folder"))
    }

    @Test func showPrintsAStoredDocument() throws {
        let inbox = try makeInbox()
        let db = folder.appendingPathComponent("atlas.sqlite").path
        _ = try runAtlas(["ingest", inbox.path, "--db", db, "--quiet"])
        let path = inbox.appendingPathComponent("recommendation.pdf").path
        let text = try runAtlas(["show", path, "--db", db])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Framework for trusted digital identity exchange"))
        #expect(text.stdout.contains("(pdf, 2 pages"))

        let json = try runAtlas(["show", path, "--db", db, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let document = try #require(object["document"] as? [String: Any])
        #expect(document["pageCount"] as? Int == 2)
        #expect((object["passageKinds"] as? [String: Int])?.values.reduce(0, +) ?? 0 > 0)

        let missing = try runAtlas(["show", "X.9999", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no document matches X.9999"))
    }

    @Test func ingestClassifiesAndEveryLabelInShowCarriesEvidence() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus/recommendations")
        let file = corpus.appendingPathComponent("T-REC-X.1458-202504-I!!PDF-E.pdf")
        let db = folder.appendingPathComponent("labels.sqlite").path
        let ingest = try runAtlas(["ingest", file.path, "--db", db, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let json = try runAtlas(["show", "X.1458", "--db", db, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let labels = try #require(object["labels"] as? [[String: Any]])
        #expect(labels.contains { $0["category"] as? String == "payments-dfs-security-fraud" })
        #expect(labels.allSatisfy { !(($0["evidence"] as? [Any]) ?? []).isEmpty })
        #expect((object["passageKinds"] as? [String: Int])?["requirement"] ?? 0 > 0)
        let text = try runAtlas(["show", "X.1458", "--db", db])
        #expect(text.stdout.contains("evidence: "))
    }

    @Test func extractPrintsTextAndJSON() throws {
        let pdf = try fixtureURL("pdf-two-pages.pdf").path
        let text = try runAtlas(["extract", pdf])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Second page: the relying party is required to verify"))

        let json = try runAtlas(["extract", pdf, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["pages"] as? Int == 2)
        #expect(object["format"] as? String == "pdf")
        #expect((object["sha256"] as? String)?.count == 64)

        let broken = try runAtlas(["extract", try fixtureURL("pdf-truncated.pdf").path, "--format", "json"])
        #expect(broken.status == 2)
        let failure = try #require(
            (try JSONSerialization.jsonObject(with: Data(broken.stdout.utf8)) as? [String: Any])?["failure"]
                as? [String: Any])
        #expect(failure["reason"] as? String == "truncated")
    }
}

// MARK: - Running the executable

struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

func fixtureURL(_ name: String) throws -> URL {
    let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("AtlasExtractTests/Fixtures/\(name)")
    try #require(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
    return url
}

/// The `dpiatlas` built beside the test bundle.
func atlasExecutable() throws -> URL {
    let candidates = [
        Bundle.main.bundleURL,
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    for folder in candidates {
        let url = folder.appendingPathComponent("dpiatlas")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    Issue.record("dpiatlas is not built beside the tests (looked in \(candidates.map(\.path)))")
    throw CancellationError()
}

func runAtlas(_ arguments: [String], in directory: URL? = nil) throws -> CommandResult {
    try runProcess(try atlasExecutable().path, arguments, in: directory)
}

/// Runs a program to its end; both pipes are read before waiting, so a full pipe cannot block it.
func runProcess(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
        stderr: String(decoding: stderr, as: UTF8.self))
}
