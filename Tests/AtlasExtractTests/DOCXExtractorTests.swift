import AtlasCore
import AtlasExtract
import Foundation
import Testing

struct DOCXExtractorTests {
    private func extract(_ name: String, limits: ExtractionLimits = ExtractionLimits()) throws -> ExtractedDocument {
        let data = try fixture(name)
        return try Extractor.extract(data, format: FileFormat.sniff(data.prefix(1024)), limits: limits).get()
    }

    private func lines(_ document: ExtractedDocument) -> [String] {
        document.text.split(separator: "\n").map(String.init)
    }

    @Test func extractsParagraphsInOrderAndCoreProperties() throws {
        let data = try fixture("docx-simple.docx")
        #expect(FileFormat.sniff(data.prefix(1024)) == .zip)
        let document = try extract("docx-simple.docx")
        #expect(document.format == .docx)
        #expect(document.pageCount == nil)
        let lines = lines(document)
        let scope = try #require(lines.firstIndex(of: "1 Scope"))
        let references = try #require(lines.firstIndex(of: "2 References"))
        #expect(scope < references)
        #expect(document.text.contains("national identity providers and relying parties in public services."))
        #expect(document.metadata["title"] == "Framework for trusted digital identity exchange")
    }

    @Test func aTableRowIsOneLineWithTabSeparatedCells() throws {
        let document = try extract("docx-front-page-table.docx")
        let lines = lines(document)
        #expect(lines.contains("Question(s):\t10/17\tMeeting, date:\tGeneva, 8-17 April 2026"))
        #expect(lines.contains("Study Group:\t17\tWorking Party:\t3"))
        // Two paragraphs in one cell stay on the row's line.
        #expect(lines.contains("Source:\tRepublic of Examplia Ministry of Digital Affairs"))
        #expect(lines.contains("Abstract: this contribution proposes requirements."))
        // Cell by cell, too.
        let source = try #require(document.blocks.first { $0.cell == TextBlock.Cell(table: 0, row: 2, column: 1) })
        #expect(source.kind == .tableCell)
        #expect(source.text == "Republic of Examplia\nMinistry of Digital Affairs")
    }

    @Test func stylesGiveTitleHeadingsAndListLevels() throws {
        let document = try extract("docx-styles-lists.docx")
        let roles = document.blocks.map { "\($0.kind.rawValue) \($0.level.map(String.init) ?? "-") \($0.text)" }
        #expect(
            Array(roles.prefix(15)) == [
                "title - Framework for trusted digital identity exchange",
                "heading 1 1 Scope",
                "paragraph - This Recommendation covers financial onboarding and the workflow of attribute exchange.",
                "paragraph - The interoperability of identity systems matters.",
                "heading 2 6.2 Assertions",
                "heading 3 6.2.1 Assertion validation",
                "list-item 1 Assertions are signed by the identity provider.",
                "list-item 2 Signatures use approved algorithms.",
                "list-item 1 Relying parties keep an audit log.",
                "list-item 2 Logs are kept for one year.",
                "paragraph - 10 Gbit/s interfaces are required for the backbone.",
                "heading 1 7 Security considerations",
                "heading 1 Clause in a custom style based on Heading 1",
                "paragraph - A plain paragraph that used to be a heading.",
                "heading 1 Annex A",
            ])
        // The style name, not its localised id (`berschrift2`).
        #expect(document.blocks[4].style == "heading 2")
        let sections = Segmenter.sections(of: document)
        #expect(
            sections.map(\.number) == [
                "1", "6.2", "6.2.1", "7", "Clause in a custom style based on Heading 1", "Annex A",
            ])
        #expect(sections[2].path == ["1", "6.2", "6.2.1"])
        let item = try #require(Segmenter.passages(of: document).first { $0.text.hasPrefix("Signatures use") })
        #expect(item.section == "6.2.1")
        #expect(item.sectionPath == ["1", "6.2", "6.2.1"])
    }

    @Test func automaticNumbersArePrintedBeforeHeadingsAndItems() throws {
        let document = try extract("docx-auto-numbering.docx")
        #expect(
            lines(document) == [
                "1 Scope", "This Recommendation numbers its clauses automatically.", "2 References",
                "2.1 Normative references", "2.1.1 ITU-T Recommendations", "a) the first requirement;",
                "i. the first detail;", "ii. the second detail;", "b) the second requirement.", "3 Requirements",
                "3.1 Already numbered by hand", "Annex A Protocol profile",
            ])
        let sections = Segmenter.sections(of: document)
        #expect(sections.map(\.number) == ["1", "2", "2.1", "2.1.1", "3", "3.1", "Annex A"])
        #expect(sections[3].path == ["2", "2.1", "2.1.1"])
        let item = try #require(document.blocks.first { $0.text == "i. the first detail;" })
        #expect(item.kind == .listItem && item.level == 2)
    }

    @Test func textIsNormalised() throws {
        let document = try extract("docx-styles-lists.docx")
        #expect(document.text.contains("financial onboarding and the workflow"))
        // `w:softHyphen` and U+00AD vanish; the no-break space is a space.
        #expect(document.text.contains("The interoperability of identity systems matters."))
        #expect(!document.text.contains("\u{AD}") && !document.text.contains("\u{A0}"))
    }

    @Test func theBodyReadsAsProposedAndChangesAreRecorded() throws {
        let document = try extract("docx-tracked-changes.docx")
        let lines = lines(document)
        #expect(lines.contains("R-1: The relying party is required to verify the e-KYC assertion."))
        #expect(lines.contains("R-2: A whole new requirement proposed by the contribution."))
        #expect(!document.text.contains("R-3"))
        #expect(!document.text.contains("may "))
        // Moved text stands once, where it moved to.
        #expect(document.text.components(separatedBy: "MOVED-SENTENCE").count == 2)
        #expect(lines.contains("R-5 stays."))
        #expect(!document.text.contains("then deleted by another"))
        #expect(lines.contains("Cell text with an insertion"))

        let changes = document.trackedChanges.map { "\($0.kind.rawValue): \($0.text)" }
        #expect(
            changes == [
                "deletion: may ", "insertion: is required to ",
                "insertion: R-2: A whole new requirement proposed by the contribution.",
                "deletion: R-3: A requirement the contribution proposes to delete.",
                "move-to: MOVED-SENTENCE.", "move-from: MOVED-SENTENCE.", "insertion: Inserted by one author, ",
                "deletion: then deleted by another.", "insertion: with an insertion",
            ])
        let first = document.trackedChanges[1]
        #expect(first.author == "Republic of Examplia")
        #expect(first.date == "2026-03-10T12:00:00Z")
        #expect(first.part == "body")
        #expect(first.block.map { document.blocks[$0].text }?.hasPrefix("R-1:") == true)
        #expect(document.trackedChanges.last?.block.map { document.blocks[$0].kind } == .tableCell)
    }

    @Test func notesCommentsHeadersAndFootersStayOutOfTheBody() throws {
        let document = try extract("docx-notes-comments-headers.docx")
        for marker in ["FOOTNOTE", "ENDNOTE", "COMMENT", "HEADER-TEXT", "FOOTER-TEXT"] {
            #expect(!document.text.contains(marker), "\(marker) is in the body")
        }
        #expect(
            document.notes == [
                Note(kind: .footnote, id: "1", text: "FOOTNOTE-ONE: see ITU-T X.1252."),
                Note(kind: .footnote, id: "2", text: "FOOTNOTE-TWO with an inserted word"),
                Note(kind: .endnote, id: "1", text: "ENDNOTE-ONE: sources."),
            ])
        #expect(
            document.comments == [
                Comment(
                    id: "0", author: "Rapporteur", date: "2026-03-12T10:00:00Z",
                    text: "COMMENT-ONE: which relying party?", anchor: "relying party")
            ])
        #expect(
            document.headersFooters == [
                RunningText(position: .header, text: "HEADER-TEXT Draft new Recommendation ITU-T X.idm-dpi"),
                RunningText(position: .footer, text: "FOOTER-TEXT page 1"),
            ])
        #expect(document.trackedChanges.map(\.part) == ["footnotes"])
    }

    @Test(arguments: ["docx-text-boxes-controls-fields.docx", "docx-libreoffice-text-boxes.docx"])
    func textBoxesControlsAndFieldsGiveTheirTextOnce(name: String) throws {
        let document = try extract(name)
        let lines = lines(document)
        #expect(
            lines == [
                "Paragraph before the box.", "ANCHOR paragraph holding the box.",
                "TEXTBOX-ONCE: the box proposes a new clause.", "Paragraph after the box.",
                "CONTROL-BLOCK: the abstract sits in a content control.", "Contact: CONTROL-INLINE Jane Doe",
                "See clause FIELD-SIMPLE 6.2.1 for details.", "Visit FIELD-DISPLAY the ITU site.",
            ])
        #expect(document.blocks[2].container == .textBox)
        #expect(!document.text.contains("INSTRUCTION-HIDDEN") && !document.text.contains("HYPERLINK"))
    }

    @Test func libreOfficeRevisionsReadAsProposed() throws {
        let document = try extract("docx-libreoffice-tracked-changes.docx")
        #expect(document.text.contains("R-1: The relying party is required to verify the e-KYC assertion."))
        #expect(!document.text.contains("R-3"))
        #expect(document.trackedChanges.contains { $0.kind == .deletion && $0.text.contains("R-3") })
        #expect(document.trackedChanges.contains { $0.kind == .insertion && $0.text == "is required to " })
    }

    @Test func corePropertiesAreMetadata() throws {
        let document = try extract("docx-notes-comments-headers.docx")
        #expect(document.metadata["author"] == "Republic of Examplia")
        #expect(document.metadata["language"] == "en-US")
        #expect(document.metadata["created"] == "2026-03-02T09:00:00Z")
        #expect(document.metadata["keywords"] == "e-KYC; federation")
        #expect(document.metadata["application"] == "Microsoft Office Word")
        #expect(document.quality.characters > 0 && document.quality.flags.isEmpty)
    }

    @Test(arguments: [
        ("docx-truncated.docx", ExtractionFailure.Reason.truncated),
        ("zip-not-docx.docx", .unsupported),
        ("docx-corrupt.docx", .corrupt),
        ("empty.docx", .empty),
        ("legacy-word-97.doc", .unsupported),
        // Hostile input: refused quickly, never expanded.
        ("docx-billion-laughs.docx", .corrupt),
        ("docx-external-entity.docx", .corrupt),
        ("docx-deep-nesting.docx", .tooLarge),
        ("docx-zip-bomb.docx", .tooLarge),
    ])
    func brokenAndHostileFilesBecomeTypedFailures(name: String, reason: ExtractionFailure.Reason) throws {
        let data = try fixture(name)
        let started = Date()
        guard case .failure(let failure) = Extractor.extract(data, format: FileFormat.sniff(data.prefix(1024))) else {
            Issue.record("\(name) should fail with \(reason)")
            return
        }
        #expect(failure.reason == reason, "\(name): \(failure.message)")
        #expect(Date().timeIntervalSince(started) < 2, "\(name) took too long")
        #expect(!failure.message.contains("root:"), "an external entity was read")
    }

    @Test func theUncompressedSizeLimitHolds() throws {
        var limits = ExtractionLimits()
        limits.maxUncompressedBytes = 4096
        let data = try fixture("docx-styles-lists.docx")
        guard case .failure(let failure) = Extractor.extract(data, format: .zip, limits: limits) else {
            Issue.record("the parts inflate past 4 KiB")
            return
        }
        #expect(failure.reason == .tooLarge)
    }
}
