import AtlasCore
import AtlasExtract
import Foundation
import Testing

@testable import AtlasPipeline

struct DocumentWireTests {
    @Test func documentsCrossThePipeUnchanged() throws {
        for name in ["pdf-recommendation.pdf", "docx-tracked-changes.docx", "docx-styles-lists.docx"] {
            let document = try Extractor.extract(contentsOf: try fixtureURL(name)).get()
            let reply = WorkerProtocol.Reply(id: 42, kind: .finished, document: document)
            var buffer = try reply.frame()
            var start = 0
            let frame = try #require(try WorkerProtocol.takeFrame(from: &buffer, start: &start))
            let decoded = try WorkerProtocol.Reply(frame: frame)
            #expect(decoded.id == 42)
            #expect(decoded.document == document, "\(name)")
        }
        let failure = WorkerProtocol.Reply(
            id: 7, kind: .finished, failure: ExtractionFailure(.encrypted, "needs a password"))
        var buffer = try failure.frame()
        var start = 0
        let decoded = try WorkerProtocol.Reply(
            frame: try #require(try WorkerProtocol.takeFrame(from: &buffer, start: &start)))
        #expect(decoded.failure == ExtractionFailure(.encrypted, "needs a password"))
    }

    @Test func anAnalysisWithLabelsCrossesThePipeUnchanged() throws {
        let pipeline = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("pipeline")
        let classification = try ClassificationSetup.load(
            taxonomy: pipeline.appendingPathComponent("taxonomy.yaml").path,
            configuration: pipeline.appendingPathComponent("classifier.yaml").path,
            statistics: pipeline.appendingPathComponent("corpus-statistics.json").path)
        let document = try Extractor.extract(contentsOf: try fixtureURL("pdf-recommendation.pdf")).get()
        let analysis = DocumentAnalysis.analyze(
            fileName: "T-REC-X.1281-202511-I!!PDF-E.pdf", document, classification: classification)
        #expect(!analysis.labels.isEmpty && analysis.passages.contains { !$0.sectionPath.isEmpty })
        #expect(analysis.classifiedWith == classification.fingerprint)

        let reply = WorkerProtocol.Reply(id: 3, kind: .finished, document: document, analysis: analysis)
        var buffer = try reply.frame()
        var start = 0
        let decoded = try WorkerProtocol.Reply(
            frame: try #require(try WorkerProtocol.takeFrame(from: &buffer, start: &start)))
        #expect(decoded.document == document)
        #expect(decoded.analysis == analysis)
    }

    /// The wire writes each field of a passage by hand: a new field must be added there too.
    @Test func theWireKnowsEveryFieldOfAPassage() {
        let fields = Mirror(reflecting: Passage(ordinal: 0, text: "")).children.compactMap(\.label)
        #expect(fields == ["ordinal", "section", "heading", "page", "text", "kind", "sectionPath"])
    }

    /// The wire writes each field of a label, its evidence and the term counts by hand: a new field must
    /// be added there too.
    @Test func theWireKnowsEveryFieldOfALabelAndOfTheTerms() {
        let evidence = Evidence(term: "", field: "", weight: 0)
        let label = Label(category: "", score: 0, keywordScore: 0, tfidfScore: 0, evidence: [evidence])
        #expect(
            Mirror(reflecting: label).children.compactMap(\.label) == [
                "category", "passage", "score", "keywordScore", "tfidfScore", "evidence",
            ])
        #expect(
            Mirror(reflecting: evidence).children.compactMap(\.label) == [
                "term", "field", "passage", "start", "end", "weight",
            ])
        #expect(
            Mirror(reflecting: Similarity.Terms(counts: [:])).children.compactMap(\.label) == [
                "counts", "neutral", "language",
            ])
    }

    /// The wire writes each field of a block by hand: a new field must be added there too.
    @Test func theWireKnowsEveryFieldOfABlock() {
        let fields = Mirror(reflecting: TextBlock(kind: .paragraph, text: "")).children.compactMap(\.label)
        #expect(fields == ["kind", "text", "level", "style", "page", "cell", "container"])
    }

    @Test func aTruncatedFrameIsAnErrorNotACrash() throws {
        let document = ExtractedDocument(format: .pdf, pages: ["one"])
        let bytes = try WorkerProtocol.Reply(id: 1, kind: .finished, document: document).frame()
        let cut = Data(bytes[4..<(bytes.count - 10)])
        #expect(throws: (any Error).self) { try WorkerProtocol.Reply(frame: cut) }
    }

    @Test func anImpossibleCountIsAnErrorNotACrash() {
        for count in [-1, Int.max, 1 << 40] {
            var bytes: [UInt8] = []
            for shift in stride(from: 56, through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: count >> shift))
            }
            #expect(throws: (any Error).self) { try DocumentWire.decode(Data(bytes)) }
            #expect(throws: (any Error).self) { try DocumentWire.decodeAnalysis(Data(bytes)) }
        }
    }
}
