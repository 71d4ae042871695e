import AtlasCore
import Testing

struct ExtractedDocumentTests {
    @Test func prefersARealMetadataTitle() {
        let document = ExtractedDocument(
            format: .pdf, pages: ["ITU-T\nX.1281"], metadata: ["title": "Federated identity  assertions"])
        #expect(document.title == "Federated identity assertions")
    }

    @Test func ignoresWordProcessorFileNamesAsTitles() {
        let document = ExtractedDocument(
            format: .pdf, pages: ["\n  \nINTERNATIONAL TELECOMMUNICATION UNION\nmore"],
            metadata: ["title": "Microsoft Word - X1254E.doc"])
        #expect(document.title == "INTERNATIONAL TELECOMMUNICATION UNION")
    }

    @Test func pagesJoinWithFormFeedsAndDOCXHasNoPageCount() {
        let pdf = ExtractedDocument(format: .pdf, pages: ["one", "two"])
        #expect(pdf.text == "one\u{0C}two")
        #expect(pdf.pageCount == 2)
        #expect(ExtractedDocument(format: .docx, pages: ["body"]).pageCount == nil)
    }
}
