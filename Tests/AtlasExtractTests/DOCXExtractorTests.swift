import AtlasCore
import AtlasExtract
import Testing

struct DOCXExtractorTests {
    @Test func extractsParagraphsInOrderAndCoreProperties() throws {
        let data = try fixture("docx-simple.docx")
        #expect(FileFormat.sniff(data.prefix(1024)) == .zip)
        let document = try Extractor.extract(data, format: .zip).get()
        #expect(document.format == .docx)
        #expect(document.pageCount == nil)
        let lines = document.text.split(separator: "\n").map(String.init)
        let scope = try #require(lines.firstIndex(of: "1 Scope"))
        let references = try #require(lines.firstIndex(of: "2 References"))
        #expect(scope < references)
        #expect(document.text.contains("national identity providers and relying parties in public services."))
        #expect(document.metadata["title"] == "Framework for trusted digital identity exchange")
    }

    @Test func aTableRowIsOneLineWithTabSeparatedCells() throws {
        let document = try Extractor.extract(try fixture("docx-front-page-table.docx"), format: .zip).get()
        let lines = document.text.split(separator: "\n").map(String.init)
        #expect(lines.contains("Question(s):\t10/17\tMeeting, date:\tGeneva, 8-17 April 2026"))
        #expect(lines.contains("Study Group:\t17\tWorking Party:\t3"))
        // Two paragraphs in one cell stay on the row's line.
        #expect(lines.contains("Source:\tRepublic of Examplia Ministry of Digital Affairs"))
        #expect(lines.contains("Abstract: this contribution proposes requirements."))
    }

    @Test(arguments: [
        ("docx-truncated.docx", ExtractionFailure.Reason.truncated),
        ("zip-not-docx.docx", .unsupported),
    ])
    func brokenFilesBecomeTypedFailures(name: String, reason: ExtractionFailure.Reason) throws {
        let data = try fixture(name)
        guard case .failure(let failure) = Extractor.extract(data, format: FileFormat.sniff(data.prefix(1024))) else {
            Issue.record("\(name) should fail with \(reason)")
            return
        }
        #expect(failure.reason == reason, "\(name): \(failure.message)")
    }
}
