import AtlasCore
import Testing

struct SegmenterTests {
    @Test func pdfParagraphsCarryTheirClauseAndPage() {
        let page1 = """
            1 Scope

            This Recommendation specifies a framework for
            federated identity assertions.

            6.2.1 Assertion validation
            R-FED-01: The relying party is required to verify
            the signature of every assertion.
            R-FED-02: The relying party is recommended to cache metadata.
            """
        let page2 = """
            Annex A – Protocol profile
            The profile can optionally be used.
            """
        let document = ExtractedDocument(format: .pdf, pages: [page1, page2])
        let passages = Segmenter.passages(of: document)
        #expect(
            passages.map(\.text) == [
                "1 Scope",
                "This Recommendation specifies a framework for federated identity assertions.",
                "6.2.1 Assertion validation",
                "R-FED-01: The relying party is required to verify the signature of every assertion.",
                "R-FED-02: The relying party is recommended to cache metadata.",
                "Annex A – Protocol profile",
                "The profile can optionally be used.",
            ])
        #expect(passages.map(\.section) == ["1", "1", "6.2.1", "6.2.1", "6.2.1", "Annex A", "Annex A"])
        #expect(passages[3].heading == "Assertion validation")
        #expect(passages[6].heading == "Protocol profile")
        #expect(passages.map(\.page) == [1, 1, 1, 1, 1, 2, 2])
        #expect(passages.map(\.ordinal) == Array(0..<7))
    }

    @Test func docxLinesAreParagraphsWithoutPages() {
        let document = ExtractedDocument(
            format: .docx, pages: ["1 Introduction\nFirst paragraph.\n\n2 Discussion\nSecond."])
        let passages = Segmenter.passages(of: document)
        #expect(passages.map(\.text) == ["1 Introduction", "First paragraph.", "2 Discussion", "Second."])
        #expect(passages.map(\.section) == ["1", "1", "2", "2"])
        #expect(passages.allSatisfy { $0.page == nil })
    }

    @Test func sentencesAndMeasurementsAreNotHeadings() {
        let document = ExtractedDocument(
            format: .docx,
            pages: ["10 Gbit/s interfaces are required.\n2024 was the year it was approved.\n3 Definitions"])
        #expect(Segmenter.passages(of: document).map(\.section) == [nil, nil, "3"])
    }
}
