import Foundation
import Testing

/// `dpiatlas extract` and `dpiatlas ingest --jobs` as a user runs them: through worker processes.
struct ExtractCommandTests {
    @Test func jsonHasEveryKeyTheIssueNames() throws {
        let result = try run(["extract", try fixtureURL("docx-tracked-changes.docx").path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in [
            "text", "pages", "language", "metadata", "sections", "quality", "headersFooters", "trackedChanges",
            "failure", "blocks", "notes", "comments", "pageLabels",
        ] {
            #expect(object.keys.contains(key), "missing key \(key)")
        }
        #expect(object["failure"] is NSNull)
        #expect(object["language"] as? String == "en")
        #expect((object["trackedChanges"] as? [[String: Any]])?.count == 9)
        #expect((object["text"] as? String)?.contains("is required to verify the e-KYC assertion") == true)
    }

    @Test func aPDFGivesItsSectionsQualityAndRunningHeaders() throws {
        let result = try run(["extract", try fixtureURL("pdf-recommendation.pdf").path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["pages"] as? Int == 6)
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.contains { $0["number"] as? String == "6.2.1" && ($0["path"] as? [String])?.count == 3 })
        let quality = try #require(object["quality"] as? [String: Any])
        #expect((quality["charactersPerPage"] as? [Int])?.count == 6)
        let running = try #require(object["headersFooters"] as? [[String: Any]])
        #expect(running.first?["text"] as? String == "Rec. ITU-T X.1281 (03/2024)")
    }

    @Test func aBrokenFileGivesItsFailureAndExitCode2() throws {
        let result = try run(["extract", try fixtureURL("docx-billion-laughs.docx").path, "--format", "json"])
        #expect(result.status == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["failure"] as? [String: Any])?["reason"] as? String == "corrupt")
        #expect(object["text"] is NSNull)
    }

    @Test func aBadExtractionConfigStopsTheCommand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("extraction.yaml")
        try Data("limits:\n  max_pagez: 3\n".utf8).write(to: config)
        let result = try run([
            "extract", try fixtureURL("pdf-two-pages.pdf").path, "--extraction-config", config.path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown key `limits.max_pagez`"))
    }

    @Test func ingestWithTwoJobsLoadsInDiscoveryOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-jobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = [
            "pdf-long.pdf", "docx-styles-lists.docx", "pdf-corrupt.pdf", "docx-zip-bomb.docx", "pdf-two-columns.pdf",
        ]
        for name in names {
            try FileManager.default.copyItem(at: try fixtureURL(name), to: folder.appendingPathComponent(name))
        }
        let result = try run([
            "ingest", folder.path, "--db", folder.appendingPathComponent("atlas.sqlite").path, "--jobs", "2",
            "--json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let counts = try #require(summary["counts"] as? [String: Int])
        #expect(counts["documentsLoaded"] == 3)
        #expect(counts["failures"] == 2)
        let reasons = try #require(summary["failuresByReason"] as? [String: Int])
        #expect(reasons == ["corrupt": 1, "too-large": 1])
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try atlasExecutable()
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }
}
