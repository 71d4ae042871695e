import AtlasCore
import AtlasExtract
import Foundation
import Testing

struct PDFExtractorTests {
    private func extract(_ name: String, limits: ExtractionLimits = ExtractionLimits()) throws -> ExtractedDocument {
        let data = try fixture(name)
        return try Extractor.extract(data, format: FileFormat.sniff(data.prefix(1024)), limits: limits).get()
    }

    @Test func extractsEachPageAndTheInformationDictionary() throws {
        let document = try extract("pdf-two-pages.pdf")
        #expect(document.format == .pdf)
        #expect(document.pageCount == 2)
        #expect(document.pages[0].contains("1 Scope"))
        #expect(document.pages[0].contains("[ITU-T X.1252]"))
        #expect(!document.pages[0].contains("Second page"))
        #expect(document.pages[1].contains("the relying party is required to verify"))
        #expect(document.metadata["title"] == "Framework for trusted digital identity exchange")
        #expect(document.metadata["producer"]?.contains("LibreOffice") == true)
        #expect(document.metadata["pages"] == "2")
        #expect(document.title == "Framework for trusted digital identity exchange")
    }

    @Test func aPDFNamedDOCXIsReadAsPDF() throws {
        let document = try extract("pdf-named-as.docx")
        #expect(document.format == .pdf)
        #expect(document.pageCount == 1)
        #expect(document.text.contains("Proposal on consent records for data exchange between public registries"))
    }

    @Test func twoColumnsReadOneAfterTheOther() throws {
        let document = try extract("pdf-two-columns.pdf")
        let text = document.text
        let markers = [
            "LEFTSTART", "LEFTEND", "LEFTSECOND", "LEFTLAST", "RIGHTSTART", "RIGHTEND", "RIGHTSECOND", "RIGHTLAST",
        ]
        let positions = try markers.map { marker in
            try #require(text.range(of: marker), "\(marker) missing").lowerBound
        }
        #expect(positions == positions.sorted(), "columns interleaved:\n\(text)")
        // Each paragraph is whole: no line of the other column inside it.
        let left = try #require(document.blocks.first { $0.text.hasPrefix("LEFTSTART") })
        #expect(
            left.text
                == "LEFTSTART The left column holds the first part of the argument about the interoperability of "
                + "identification systems between national administrations and their relying parties. LEFTEND")
        #expect(document.blocks.first?.kind == .heading)
    }

    @Test func ligaturesSoftHyphensAndLineEndHyphensAreNormalised() throws {
        let document = try extract("pdf-recommendation.pdf")
        let text = document.text
        #expect(text.contains("financial onboarding and the workflow"))
        #expect(!text.contains("ﬁ") && !text.contains("ﬂ") && !text.contains("\u{AD}"))
        // Words LibreOffice hyphenated at line ends are whole again; none is left broken.
        let broken = try Regex(#"\p{Ll}{2,}-\n\p{Ll}"#)
        #expect(text.firstMatch(of: broken) == nil, "a word is still broken at a line end")
        for word in ["identity", "interoperability", "authentication", "characteristics", "infrastructures"] {
            #expect(!text.contains(String(word.prefix(4)) + "-\n"), "\(word)")
        }
        let validation = try #require(document.blocks.first { $0.text.hasPrefix("The relying party is required") })
        #expect(
            validation.text
                == "The relying party is required to perform e-KYC checks with end-to-end protection, in real-time, "
                + "and to complete the identification of the subject before it accepts an assertion.")
        // Whitespace is folded: no double spaces, no trailing spaces.
        #expect(!text.contains("  "))
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
    }

    @Test func runningHeadersAndPageNumbersLeaveTheBody() throws {
        let document = try extract("pdf-recommendation.pdf")
        #expect(document.pageCount == 6)
        for page in document.pages {
            #expect(!page.contains("Rec. ITU-T X.1281 (03/2024)"))
            let lines = page.split(separator: "\n").map(String.init)
            #expect(!lines.contains { ["i", "1", "2", "3", "4"].contains($0) }, "a page number stayed in the body")
        }
        #expect(
            document.headersFooters == [
                RunningText(position: .header, text: "Rec. ITU-T X.1281 (03/2024)", pages: [2, 3, 4, 5, 6])
            ])
        #expect(document.pageLabels == ["", "i", "1", "2", "3", "4"])
        // The cover keeps its lines, which name the Recommendation.
        #expect(document.pages[0].contains("X.1281\n\nTELECOMMUNICATION STANDARDIZATION SECTOR OF ITU"))
    }

    @Test func headingsFromNumberingAndFontGiveSectionsAndPaths() throws {
        let document = try extract("pdf-recommendation.pdf")
        let sections = Segmenter.sections(of: document)
        #expect(
            sections.map(\.number) == [
                "Summary", "Keywords", "Introduction", "1", "2", "3", "3.1", "6", "6.2", "6.2.1", "Annex A", "A.1",
                "Appendix I", "Bibliography",
            ])
        let annex = try #require(sections.first { $0.number == "Annex A" })
        #expect(annex.title == "Protocol profile")
        #expect(annex.page == 5)
        #expect(sections.first { $0.number == "6.2.1" }?.path == ["6", "6.2", "6.2.1"])
        #expect(sections.first { $0.number == "A.1" }?.path == ["Annex A", "A.1"])
        // A sentence that starts with a number is body text.
        #expect(!document.blocks.contains { $0.kind == .heading && $0.text.hasPrefix("10 Gbit/s") })
        let heading = try #require(document.blocks.first { $0.text == "6.2.1 Assertion validation" })
        #expect(heading.kind == .heading && heading.level == 3 && heading.style?.contains("Bold") == true)
        #expect(document.blocks.filter { $0.kind == .listItem }.count == 2)

        let passages = Segmenter.passages(of: document)
        let requirement = try #require(passages.first { $0.text.hasPrefix("The relying party is required") })
        #expect(requirement.section == "6.2.1")
        #expect(requirement.heading == "Assertion validation")
        #expect(requirement.sectionPath == ["6", "6.2", "6.2.1"])
        #expect(requirement.page == 3)
    }

    @Test func aWordProcessorFileNameIsNotTheTitle() throws {
        let document = try extract("pdf-recommendation.pdf")
        #expect(document.metadata["title"] == "Microsoft Word - X1281E.doc")
        #expect(document.title != "Microsoft Word - X1281E.doc")
        #expect(document.metadata["pdfVersion"]?.hasPrefix("PDF-") == true)
    }

    @Test func qualitySignalsCountCharactersPerPage() throws {
        let document = try extract("pdf-recommendation.pdf")
        #expect(document.quality.charactersPerPage.count == 6)
        #expect(document.quality.charactersPerPage.allSatisfy { $0 > 100 })
        #expect(document.quality.characters == document.quality.charactersPerPage.reduce(0, +))
        #expect(document.quality.flags.isEmpty)
        #expect(document.quality.unmappedShare == 0)
        #expect(document.quality.letterShare > 0.8)
    }

    @Test func anImageOnlyPageIsFlaggedForOCR() throws {
        let document = try extract("pdf-image-only-page.pdf")
        #expect(document.pageCount == 3)
        #expect(document.quality.emptyPages == [2])
        #expect(document.quality.imageOnlyPages == [2])
        #expect(document.quality.flags == [.needsOCR])
        #expect(document.pages[0].contains("1 Scope"))
        #expect(document.pages[2].contains("Second page"))
    }

    @Test func fontsWithoutUnicodeMappingAreFlaggedGarbled() throws {
        let document = try extract("pdf-no-tounicode.pdf")
        #expect(document.quality.flags.contains(.garbled))
        #expect(document.quality.letterShare < 0.4)
    }

    @Test func aPDFWithOnlyAnOwnerPasswordIsExtracted() throws {
        let document = try extract("pdf-owner-password-only.pdf")
        #expect(document.pageCount == 2)
        #expect(document.text.contains("1 Scope"))
        #expect(document.metadata["permissions"] == "restricted (owner password)")
    }

    @Test func limitsOnPagesAndFileSizeGiveTooLarge() throws {
        var pages = ExtractionLimits()
        pages.maxPages = 3
        let data = try fixture("pdf-recommendation.pdf")
        guard case .failure(let tooManyPages) = Extractor.extract(data, format: .pdf, limits: pages) else {
            Issue.record("six pages should be over a limit of three")
            return
        }
        #expect(tooManyPages.reason == .tooLarge)
        var size = ExtractionLimits()
        size.maxFileBytes = 1000
        guard case .failure(let tooBig) = Extractor.extract(data, format: .pdf, limits: size) else {
            Issue.record("the file should be over a limit of 1000 bytes")
            return
        }
        #expect(tooBig.reason == .tooLarge)
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

    /// Tika's MultiThreadedTikaTest: the same files from several tasks at once give what one task gives.
    @Test func extractingInParallelGivesTheSameResults() async throws {
        let names = ["pdf-recommendation.pdf", "pdf-two-columns.pdf", "pdf-two-pages.pdf", "pdf-image-only-page.pdf"]
        let files = try names.map { try fixture($0) }
        let expected = files.map { Extractor.extract($0, format: .pdf) }
        let results = await withTaskGroup(of: (Int, ExtractionResult).self) { group in
            for _ in 0..<4 {
                for (index, data) in files.enumerated() {
                    group.addTask { (index, Extractor.extract(data, format: .pdf)) }
                }
            }
            var collected: [(Int, ExtractionResult)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == 16)
        for (index, result) in results {
            #expect(result == expected[index], "\(names[index]) differs when extracted in parallel")
        }
    }
}
