import AtlasCore
import AtlasExtract
import Testing

struct PDFExtractorTests {
    @Test func extractsEachPageAndTheInformationDictionary() throws {
        let data = try fixture("pdf-two-pages.pdf")
        let document = try Extractor.extract(data, format: .pdf).get()
        #expect(document.format == .pdf)
        #expect(document.pageCount == 2)
        #expect(document.pages[0].contains("1 Scope"))
        #expect(document.pages[0].contains("[ITU-T X.1252]"))
        #expect(!document.pages[0].contains("Second page"))
        #expect(document.pages[1].contains("the relying party is required to verify"))
        #expect(document.metadata["title"] == "Framework for trusted digital identity exchange")
        #expect(document.metadata["producer"]?.contains("LibreOffice") == true)
        #expect(document.title == "Framework for trusted digital identity exchange")
    }

    @Test func aPDFNamedDOCXIsReadAsPDF() throws {
        let data = try fixture("pdf-named-as.docx")
        #expect(FileFormat.sniff(data.prefix(1024)) == .pdf)
        let document = try Extractor.extract(data, format: FileFormat.sniff(data.prefix(1024))).get()
        #expect(document.format == .pdf)
        #expect(document.pageCount == 1)
        #expect(document.text.contains("Proposal on consent records for data exchange between public registries"))
    }

    @Test(arguments: [
        ("pdf-truncated.pdf", ExtractionFailure.Reason.truncated),
        ("pdf-corrupt.pdf", .corrupt),
        ("pdf-encrypted-user-password.pdf", .encrypted),
        ("empty.pdf", .empty),
    ])
    func brokenFilesBecomeTypedFailures(name: String, reason: ExtractionFailure.Reason) throws {
        let data = try fixture(name)
        let result = Extractor.extract(data, format: FileFormat.sniff(data.prefix(1024)))
        guard case .failure(let failure) = result else {
            Issue.record("\(name) should fail with \(reason)")
            return
        }
        #expect(failure.reason == reason, "\(name): \(failure.message)")
        #expect(!failure.message.isEmpty)
    }
}
