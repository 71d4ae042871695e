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
