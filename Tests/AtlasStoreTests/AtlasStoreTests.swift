import AtlasCore
import AtlasStore
import Foundation
import Testing

struct AtlasStoreTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func openStore() throws -> AtlasStore {
        try AtlasStore(path: folder.appendingPathComponent("atlas.sqlite").path)
    }

    private func source(_ path: String, _ content: String, _ format: FileFormat = .pdf) -> SourceFile {
        let bytes = Array(content.utf8)
        return SourceFile(path: path, size: bytes.count, sha256: SHA256.hex(of: bytes), format: format)
    }

    @Test func migratesARealSQLiteFile() throws {
        let store = try openStore()
        #expect(try store.appliedMigrations() == ["v1-documents"])
        #expect(try store.integrityCheck() == "ok")
        // Opening again finds the schema in place.
        #expect(try openStore().appliedMigrations() == ["v1-documents"])
    }

    @Test func aDocumentAndItsTextRoundTrip() throws {
        let store = try openStore()
        let run = try store.beginRun(command: "test", toolVersion: "t", extractorVersion: "1", startedAt: Date())
        let file = source("corpus/a.pdf", "first")
        let extracted = ExtractedDocument(
            format: .pdf, pages: ["Page one", "Page two"], metadata: ["title": "Federated identity"])
        try store.saveDocument(file, extracted, runID: run, extractorVersion: "1")

        let documents = try store.documents()
        #expect(documents.count == 1)
        let stored = try #require(documents.first)
        #expect(stored.id == file.documentID)
        #expect(stored.sha256 == file.sha256)
        #expect(stored.path == "corpus/a.pdf")
        #expect(stored.format == "pdf")
        #expect(stored.pageCount == 2)
        #expect(stored.title == "Federated identity")
        #expect(stored.textLength == "Page one\u{0C}Page two".count)
        #expect(try store.text(ofDocument: file.documentID) == "Page one\u{0C}Page two")
        #expect(try store.containsDocument(sha256: file.sha256))
        #expect(try !store.containsDocument(sha256: String(repeating: "0", count: 64)))
    }

    @Test func theSameContentCannotBeStoredTwice() throws {
        let store = try openStore()
        let run = try store.beginRun(command: "test", toolVersion: "t", extractorVersion: "1", startedAt: Date())
        let file = source("a.pdf", "same")
        let extracted = ExtractedDocument(format: .pdf, pages: ["x"])
        try store.saveDocument(file, extracted, runID: run, extractorVersion: "1")
        #expect(throws: (any Error).self) {
            try store.saveDocument(file, extracted, runID: run, extractorVersion: "1")
        }
        #expect(try store.documents().count == 1)
    }

    @Test func aFailureIsReplacedByALaterFailureAndClearedBySuccess() throws {
        let store = try openStore()
        let run = try store.beginRun(command: "test", toolVersion: "t", extractorVersion: "1", startedAt: Date())
        try store.saveFailure(
            path: "b.pdf", source: nil, stage: "extract", failure: ExtractionFailure(.corrupt, "bad"), runID: run)
        try store.saveFailure(
            path: "b.pdf", source: nil, stage: "extract", failure: ExtractionFailure(.truncated, "short"), runID: run)
        let failures = try store.failures()
        #expect(failures.count == 1)
        #expect(failures.first?.reason == "truncated")
        #expect(failures.first?.message == "short")

        try store.saveDocument(
            source("b.pdf", "now fine"), ExtractedDocument(format: .pdf, pages: ["ok"]), runID: run,
            extractorVersion: "1")
        #expect(try store.failures().isEmpty)
        #expect(try store.documents().count == 1)
    }

    @Test func aRunRecordsItsCounts() throws {
        let store = try openStore()
        let run = try store.beginRun(
            command: "dpiatlas ingest x", toolVersion: "t", extractorVersion: "1", startedAt: Date())
        var counts = RunCounts()
        counts.filesSeen = 3
        counts.documentsLoaded = 2
        counts.failures = 1
        #expect(try store.runs().first?.status == "running")
        try store.finishRun(run, counts: counts, finishedAt: Date())
        let stored = try #require(try store.runs().first)
        #expect(stored.id == run)
        #expect(stored.status == "finished")
        #expect(stored.command == "dpiatlas ingest x")
        #expect(stored.counts == counts)
    }

    @Test func anUnusableDatabasePathIsAClearError() throws {
        let notAFolder = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: notAFolder)
        #expect(throws: StoreError.self) {
            try AtlasStore(path: notAFolder.appendingPathComponent("atlas.sqlite").path)
        }
    }
}
