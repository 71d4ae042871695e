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

    @Test func blocksGiveSectionsWithPathsAndTableRowsArePassages() {
        var document = ExtractedDocument(format: .docx, pages: [""])
        document.blocks = [
            TextBlock(kind: .title, text: "Framework"),
            TextBlock(kind: .heading, text: "Introduction", level: 1),
            TextBlock(kind: .paragraph, text: "Why."),
            TextBlock(kind: .heading, text: "6 Requirements", level: 1),
            TextBlock(kind: .heading, text: "6.2 Assertions", level: 2),
            TextBlock(kind: .heading, text: "6.2.1 Validation", level: 3),
            TextBlock(kind: .listItem, text: "Verify the signature.", level: 1),
            TextBlock(kind: .tableCell, text: "Source:", cell: .init(table: 0, row: 0, column: 0)),
            TextBlock(kind: .tableCell, text: "Examplia\nMinistry", cell: .init(table: 0, row: 0, column: 1)),
            TextBlock(kind: .tableCell, text: "Title:", cell: .init(table: 0, row: 1, column: 0)),
            TextBlock(kind: .heading, text: "7 Security", level: 1),
            TextBlock(kind: .heading, text: "Annex A – Profile", level: 1),
            TextBlock(kind: .heading, text: "A.1 Messages", level: 2),
        ]
        let (passages, sections) = Segmenter.segment(document)
        #expect(sections.map(\.number) == ["Introduction", "6", "6.2", "6.2.1", "7", "Annex A", "A.1"])
        #expect(sections.map(\.path.count) == [1, 1, 2, 3, 1, 1, 2])
        #expect(sections[5].title == "Profile")
        let item = passages.first { $0.text == "Verify the signature." }
        #expect(item?.sectionPath == ["6", "6.2", "6.2.1"])
        #expect(item?.heading == "Validation")
        #expect(passages.map(\.text).contains("Source: Examplia Ministry"))
        #expect(passages.map(\.text).contains("Title:"))
        #expect(passages.first?.section == nil)
        #expect(passages.last?.sectionPath == ["Annex A", "A.1"])
    }

    @Test func headingNumbersAndLevels() {
        #expect(Heading(numbered: "6.2.1 Assertion validation")?.level == 3)
        #expect(Heading(numbered: "A.1 Message format")?.number == "A.1")
        #expect(Heading(numbered: "II.3 Example")?.level == 2)
        #expect(Heading(numbered: "Appendix II – Examples")?.title == "Examples")
        #expect(Heading(numbered: "Annex B")?.title == "")
        #expect(Heading(numbered: "Bibliography")?.number == "Bibliography")
        #expect(Heading(numbered: "2024 was a good year") == nil)
        #expect(Heading(numbered: "A. Smith wrote this") == nil)
        #expect(Heading(numbered: "1 The proposal is accepted.") == nil)
        #expect(Heading(unnumbered: "Keywords")?.level == 1)
        #expect(Heading(unnumbered: "Random words") == nil)
    }
}
