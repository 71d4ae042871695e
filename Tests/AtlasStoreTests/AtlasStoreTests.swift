import AtlasCore
import AtlasStore
import Foundation
import Testing

struct AtlasStoreTests {
    @Test func migratesARealSQLiteFile() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.appliedMigrations() == ["v1-documents", "v2-reclassification", "v3-document-terms"])
        #expect(try fixture.store.integrityCheck() == "ok")
        // Opening again finds the schema in place.
        #expect(
            try AtlasStore(path: fixture.path).appliedMigrations() == [
                "v1-documents", "v2-reclassification", "v3-document-terms",
            ])
    }

    @Test func aDocumentWithItsWholeRecordRoundTrips() throws {
        let fixture = try StoreFixture()
        var identity = DocumentIdentity()
        identity.kind = .contribution
        identity.identifier = "T25-SG17-C-0123"
        identity.studyGroups = [StudyGroupMention(id: "SG21", original: "SG16"), StudyGroupMention(id: "SG17")]
        identity.questions = ["Q10/17"]
        identity.language = "en"
        identity.title = "Proposal on federated identity"
        identity.fields = ["Purpose": "Proposal"]
        let passages = [
            Passage(ordinal: 0, section: "1", heading: "Introduction", page: 1, text: "1 Introduction"),
            Passage(ordinal: 1, section: "1", page: 1, text: "The IdP is required to sign.", kind: .requirement),
        ]
        let evidence = [Evidence(term: "identity provider", field: "body", passage: 1, start: 4, end: 7, weight: 1)]
        let labels = [
            Label(category: "identity", score: 0.8, keywordScore: 0.7, tfidfScore: 0.4, evidence: evidence),
            Label(category: "identity", passage: 1, score: 0.6, keywordScore: 0.6, tfidfScore: 0.2, evidence: evidence),
        ]
        let source = StoreFixture.source("corpus/c.docx", "contribution", .zip)
        let document = ProcessedDocument(
            source: source, extracted: ExtractedDocument(format: .docx, pages: ["1 Introduction\nThe IdP…"]),
            passages: passages, identity: identity,
            references: [Reference(cited: "ITU-T X.1252", kind: .ituT, raw: "[ITU-T X.1252]", passage: 1)],
            labels: labels)
        try fixture.save(document)

        let stored = try #require(try fixture.store.documents().first)
        #expect(stored.id == source.documentID)
        #expect(stored.kind == "contribution")
        #expect(stored.identifier == "T25-SG17-C-0123")
        #expect(stored.pageCount == nil)
        #expect(try fixture.store.passages(ofDocument: stored.id) == passages)

        let details = try #require(try fixture.store.details(of: stored.id))
        #expect(details.studyGroups.map(\.id) == ["SG17", "SG21"])
        #expect(details.studyGroups.first { $0.id == "SG21" }?.asWritten == "SG16")
        #expect(details.questions == ["Q10/17"])
        #expect(details.fields == ["Purpose": "Proposal"])
        #expect(details.labels.count == 1, "passage labels are not document labels")
        #expect(details.labels.first?.evidence == evidence)
        #expect(details.passageKinds == ["other": 1, "requirement": 1])
        #expect(details.referencesOut.map(\.cited) == ["ITU-T X.1252"])
        #expect(details.referencesOut.first?.section == "1")
        #expect(details.referencesOut.first?.resolvedID == nil)
        #expect(try fixture.store.integrityCheck() == "ok")
    }

    @Test func extractionQualityIsKeptAsJSON() throws {
        let fixture = try StoreFixture()
        var document = StoreFixture.document("q.pdf", texts: ["one", ""])
        document.extracted.quality.emptyPages = [2]
        document.extracted.quality.flags = [.needsOCR]
        try fixture.save(document)
        let json = try #require(try fixture.store.quality(ofDocument: document.source.documentID))
        #expect(json.contains("\"emptyPages\":[2]"))
        #expect(json.contains("needs-ocr"))
    }

    @Test func theSameContentCannotBeStoredTwiceAndNothingHalfIsLeft() throws {
        let fixture = try StoreFixture()
        let document = StoreFixture.document("a.pdf", identifier: "X.1", texts: ["one", "two"])
        try fixture.save(document)
        #expect(throws: (any Error).self) { try fixture.save(document) }
        #expect(try fixture.store.documents().count == 1)
        #expect(try fixture.store.passages(ofDocument: document.source.documentID).count == 2)
    }

    @Test func aBatchIsStoredWholeOrNotAtAll() throws {
        let fixture = try StoreFixture()
        let first = StoreFixture.document("a.pdf", identifier: "X.1", texts: ["one", "two"])
        let second = StoreFixture.document("b.pdf", identifier: "X.2", texts: ["three"])
        let third = StoreFixture.document("c.pdf", identifier: "X.3", texts: ["four"])
        let provenance = Provenance(extractorVersion: "1")
        try fixture.store.save([first, second], provenance: provenance, runID: fixture.runID)
        #expect(try fixture.store.documents().map(\.path).sorted() == ["a.pdf", "b.pdf"])
        #expect(try fixture.store.passages(ofDocument: second.source.documentID).map(\.text) == ["three"])

        // The batch fails on its last document (already stored): its first is not kept either.
        #expect(throws: (any Error).self) {
            try fixture.store.save([third, first], provenance: provenance, runID: fixture.runID)
        }
        #expect(try fixture.store.documents().map(\.path).sorted() == ["a.pdf", "b.pdf"])
        #expect(try fixture.store.passages(ofDocument: third.source.documentID).isEmpty)
        #expect(try fixture.store.integrityCheck() == "ok")
    }

    @Test func aFailureIsReplacedByALaterFailureAndClearedBySuccess() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        try store.saveFailure(
            path: "b.pdf", source: nil, stage: "extract", failure: ExtractionFailure(.corrupt, "bad"),
            runID: fixture.runID)
        try store.saveFailure(
            path: "b.pdf", source: nil, stage: "extract", failure: ExtractionFailure(.truncated, "short"),
            runID: fixture.runID)
        let failures = try store.failures()
        #expect(failures.count == 1)
        #expect(failures.first?.reason == "truncated")
        #expect(failures.first?.message == "short")

        try fixture.save(StoreFixture.document("b.pdf"))
        #expect(try store.failures().isEmpty)
        #expect(try store.documents().count == 1)
    }

    @Test func aRunRecordsItsCounts() throws {
        let fixture = try StoreFixture()
        var counts = RunCounts()
        counts.filesSeen = 3
        counts.documentsLoaded = 2
        counts.failures = 1
        #expect(try fixture.store.runs().first?.status == "running")
        try fixture.store.finishRun(fixture.runID, counts: counts, finishedAt: Date())
        let stored = try #require(try fixture.store.runs().first)
        #expect(stored.id == fixture.runID)
        #expect(stored.status == "finished")
        #expect(stored.command == "test")
        #expect(stored.counts == counts)
    }

    @Test func anUnusableDatabasePathIsAClearError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-\(UUID().uuidString)")
        try Data("x".utf8).write(to: folder)
        #expect(throws: StoreError.self) {
            try AtlasStore(path: folder.appendingPathComponent("atlas.sqlite").path)
        }
    }

    @Test func findsADocumentByIDPrefixPathOrIdentifier() throws {
        let fixture = try StoreFixture()
        let old = StoreFixture.document("old.pdf", identifier: "X.1281", edition: "09/2019", status: .superseded)
        let new = StoreFixture.document("new.pdf", identifier: "X.1281", edition: "03/2024", status: .inForce)
        let amendment = StoreFixture.document(
            "amd.pdf", kind: .amendment, identifier: "X.1281", edition: "11/2025", part: "Amd 1")
        for document in [old, new, amendment] { try fixture.save(document) }
        let store = fixture.store
        #expect(try store.document(matching: "X.1281")?.path == "new.pdf")
        #expect(try store.document(matching: "X.1281 Amd 1")?.path == "amd.pdf")
        #expect(try store.document(matching: "old.pdf")?.edition == "09/2019")
        #expect(try store.document(matching: String(old.source.documentID.prefix(8)))?.path == "old.pdf")
        #expect(try store.document(matching: "X.9999") == nil)
    }
}
