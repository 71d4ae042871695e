import Testing

@testable import AtlasCore

struct RecognizerTests {
    private func recognize(_ fileName: String, _ document: ExtractedDocument) -> Recognition {
        Recognizer.recognize(fileName: fileName, document: document, passages: Segmenter.passages(of: document))
    }

    // MARK: - Recommendations

    /// Pages of a Recommendation as poppler gives them: cover, summary with History, body; the running
    /// header at the top of each page after the cover.
    static func recommendation(
        number: String = "X.1281", edition: String = "03/2024", bigLines: [String]? = nil,
        bottom: String = "Recommendation ITU-T X.1281", header: String = "Rec. ITU-T X.1281 (03/2024)",
        historySG: String = "17", metadata: [String: String] = ["title": "Microsoft Word - T-REC-X.1281-E.docx"]
    ) -> ExtractedDocument {
        let big = (bigLines ?? [number]).joined(separator: "\n")
        let cover = """
            International
            Telecommunication
            Union
            ITU-T
            TELECOMMUNICATION
            STANDARDIZATION SECTOR
            OF ITU
            \(big)
            (\(edition))
            SERIES X: DATA NETWORKS, OPEN SYSTEM COMMUNICATIONS
            AND SECURITY
            Cyberspace security – Identity management (IdM) and authentication
            Interoperable application programming interfaces between
            identity providers and relying parties
            \(bottom)
            """
        let summary = """
            \(header)
            \(bottom)
            Interoperable application programming interfaces between identity providers and re-
            lying parties
            Summary
            \(bottom) specifies a set of application programming interfaces for relying parties.
            History
            Edition
            1.0
            2.0
            Recommendation
            ITU-T \(number)
            ITU-T \(number)
            ApprovalStudy
            GroupUnique ID*
            2019-09-13\(historySG)11.1002/1000/13986
            2024-03-08\(historySG)11.1002/1000/15712
            Keywords
            API, digital identity, federation, relying party
            """
        let body = """
            \(header)
            1
            Scope
            This Recommendation specifies interfaces between identity providers and relying
            parties, building on [ITU-T X.1252] and on the assurance levels of ITU-T X.1254.
            2
            References
            [ITU-T X.509] Recommendation ITU-T X.509 (2019) | ISO/IEC 9594-8:2020, The Directory.
            [IETF RFC 6749] IETF RFC 6749 (2012), The OAuth 2.0 Authorization Framework.
            1
            """
        return ExtractedDocument(format: .pdf, pages: [cover, summary, body], metadata: metadata)
    }

    @Test func recommendationFromItsFileNameCoverAndHistory() {
        let result = recognize("T-REC-X.1281-202403-I!!PDF-E.pdf", Self.recommendation())
        let identity = result.identity
        #expect(identity.kind == .recommendation)
        #expect(identity.identifier == "X.1281")
        #expect(identity.edition == "03/2024")
        #expect(identity.status == .inForce)
        #expect(identity.part == nil)
        #expect(identity.date == "2024-03")
        #expect(identity.studyGroups == [StudyGroupMention(id: "SG17")])
        #expect(identity.language == "en")
        #expect(
            identity.title
                == "Interoperable application programming interfaces between identity providers and relying parties")
        #expect(identity.disagreements.isEmpty, "\(identity.disagreements)")
        #expect(
            result.references.map(\.cited) == [
                "ITU-T X.1252", "ITU-T X.1254", "ITU-T X.509", "ISO/IEC 9594-8", "IETF RFC 6749",
            ])
        #expect(result.references.first { $0.cited == "ITU-T X.509" }?.edition == "2019")
    }

    @Test func withoutAFileNameTheCoverSpeaks() {
        let identity = recognize("download (3).pdf", Self.recommendation()).identity
        #expect(identity.kind == .recommendation)
        #expect(identity.identifier == "X.1281")
        #expect(identity.edition == "03/2024")
        #expect(identity.status == nil)
    }

    @Test func lessTrustedSourcesThatDisagreeAreRecorded() {
        let document = Self.recommendation(
            edition: "09/2019", header: "Rec. ITU-T X.1281 (09/2019)", metadata: ["title": "X.1281 (2016)"])
        let identity = recognize("T-REC-X.1281-202403-I!!PDF-E.pdf", document).identity
        #expect(identity.edition == "03/2024")
        #expect(
            identity.disagreements == [
                "edition: file name 03/2024, cover 09/2019", "edition: file name 03/2024, running header 09/2019",
                "edition: file name 03/2024, metadata 2016",
            ])
    }

    @Test func anAmendmentIsItsOwnDocumentAndCitesItsBase() {
        let document = Self.recommendation(
            edition: "11/2025", bigLines: ["X.1281", "Amendment 1"],
            bottom: "Recommendation ITU-T X.1281 (2024) – Amendment 1",
            header: "Rec. ITU-T X.1281 (2024)/Amd.1 (11/2025)")
        let result = recognize("T-REC-X.1281-202511-I!Amd1!PDF-E.pdf", document)
        #expect(result.identity.kind == .amendment)
        #expect(result.identity.identifier == "X.1281")
        #expect(result.identity.part == "Amd 1")
        #expect(result.identity.edition == "11/2025")
        #expect(result.identity.disagreements.isEmpty, "\(result.identity.disagreements)")
        #expect(!result.references.contains { $0.cited == "ITU-T X.1281 Amd 1" })

        let unnamed = recognize("amendment.pdf", document).identity
        #expect(unnamed.kind == .amendment)
        #expect(unnamed.part == "Amd 1")
    }

    @Test func aSupplement() {
        let document = Self.recommendation(
            number: "Y.Sup85", edition: "07/2025", bigLines: ["Series Y", "Supplement 85"],
            bottom: "ITU-T Y-series Recommendations – Supplement 85", header: "Y Suppl. 85 (07/2025)", historySG: "20")
        let identity = recognize("T-REC-Y.Sup85-202507-I!!PDF-E.pdf", document).identity
        #expect(identity.kind == .supplement)
        #expect(identity.identifier == "Y.Sup85")
        #expect(identity.part == "Suppl 85")
        #expect(identity.studyGroups.map(\.id) == ["SG20"])
        #expect(recognize("supplement.pdf", document).identity.identifier == "Y.Sup85")
    }

    @Test func sg16TextsBelongToSG21() {
        let identity = recognize("T-REC-X.1281-202403-I!!PDF-E.pdf", Self.recommendation(historySG: "16")).identity
        #expect(identity.studyGroups == [StudyGroupMention(id: "SG21", original: "SG16")])
    }

    @Test func pairedNumbersFromTheCover() {
        let document = Self.recommendation(
            number: "Y.4901/L.1601", edition: "05/2018", bottom: "Recommendation ITU-T Y.4901/L.1601",
            header: "Rec. ITU-T Y.4901/L.1601 (05/2018)")
        let result = recognize("T-REC-Y.4901-201805-I!!PDF-E.pdf", document)
        #expect(result.identity.identifier == "Y.4901/L.1601")
        #expect(!result.references.contains { $0.cited == "ITU-T Y.4901" })
    }

    @Test func aCommonTextIsNotItsOwnReference() {
        var document = Self.recommendation(
            number: "X.1058", edition: "10/2024", bottom: "Recommendation ITU-T X.1058 | ISO/IEC 29151",
            header: "Rec. ITU-T X.1058 (10/2024)")
        document.pages[2] +=
            "\nThis Recommendation | International Standard, ITU-T X.1058 | ISO/IEC 29151, gives controls."
        let result = recognize("T-REC-X.1058-202410-I!!PDF-E.pdf", document)
        #expect(result.identity.commonText == "ISO/IEC 29151")
        #expect(!result.references.contains { $0.cited == "ISO/IEC 29151" || $0.cited == "ITU-T X.1058" })
    }

    /// A CCITT Blue Book text: the file name says 11/1988, the PDF title an older edition.
    @Test func ccittBlueBookOddities() {
        let page = """
            Fascicle VIII.1 - Rec. V.26 ter
            Recommendation V.26 ter
            ASYNCHRONOUS AND SYNCHRONOUS 2400 BITS PER SECOND DUPLEX MODEM USING
            THE ECHO CANCELLATION TECHNIQUE
            (Malaga-Torremolinos, 1984; amended at Melbourne, 1988)
            The CCITT,
            considering
            (a) that Recommendation V.26 bis and Recommendation V.22 bis are in force;
            This Recommendation was prepared by Study Group XVII.
            """
        let document = ExtractedDocument(
            format: .pdf, pages: [page], metadata: ["title": "CCITT Recommendation V.26 ter (1984)"])
        let result = recognize("T-REC-V.26ter-198811-I!!PDF-E.pdf", document)
        let identity = result.identity
        #expect(identity.kind == .recommendation)
        #expect(identity.identifier == "V.26 ter")
        #expect(identity.edition == "11/1988")
        #expect(identity.date == "1988-11")
        #expect(identity.status == .inForce)
        #expect(identity.studyGroups == [StudyGroupMention(id: "SG17", original: "Study Group XVII")])
        #expect(
            identity.title
                == "ASYNCHRONOUS AND SYNCHRONOUS 2400 BITS PER SECOND DUPLEX MODEM USING THE ECHO CANCELLATION TECHNIQUE"
        )
        #expect(identity.disagreements == ["edition: file name 11/1988, metadata 1984"])
        #expect(identity.fields["Publisher"] == "CCITT")
        #expect(result.references.map(\.cited) == ["ITU-T V.26 bis", "ITU-T V.22 bis"])

        let unnamed = recognize("v26ter.pdf", document).identity
        #expect(unnamed.kind == .recommendation)
        #expect(unnamed.identifier == "V.26 ter")
        #expect(unnamed.edition == "1988")
    }

    // MARK: - Contributions, TDs, liaison statements, reports

    static let contributionBody = """
        \(FrontPageFieldsTests.docxContribution)
        The present contribution (SG17-C123) responds to that invitation. It builds on Recommendation ITU-T X.1281
        (03/2024) and on IETF RFC 6749, and revises the text in TD 298 (WP3/17).
        """

    @Test func contributionFromItsFrontPageTable() {
        let document = ExtractedDocument(format: .docx, pages: [Self.contributionBody])
        let result = recognize("T25-SG17-C-0123!!MSW-E.docx", document)
        let identity = result.identity
        #expect(identity.kind == .contribution)
        #expect(identity.identifier == "T25-SG17-C-0123")
        #expect(identity.studyPeriod == "2025-2028")
        #expect(identity.studyGroups == [StudyGroupMention(id: "SG17")])
        #expect(identity.questions == ["Q10/17", "Q7/17"])
        #expect(identity.workingParty == "WP3/17")
        #expect(identity.meeting == "Geneva, 8-17 April 2026")
        #expect(identity.date == "2026-04-08")
        #expect(identity.title == "Proposed text for clauses 6 and 7 of draft Recommendation ITU-T X.idm-dpi")
        #expect(identity.source == "Kenya (Republic of), Rwanda (Republic of)")
        #expect(identity.fields["Purpose"] == "Proposal")
        #expect(identity.fields["Keywords"] == "digital identity; identity federation")
        #expect(identity.language == "en")
        let cited = result.references.map(\.cited)
        #expect(!cited.contains("T25-SG17-C-0123"))
        #expect(cited.contains("ITU-T X.1281"))
        #expect(cited.contains("T25-SG17-260408-TD-WP3-0298"))
        #expect(result.references.first { $0.cited == "ITU-T X.idm-dpi" }?.kind == .workItem)

        // Without its file name, the front page gives the same number.
        let unnamed = recognize("contribution.docx", document).identity
        #expect(unnamed.identifier == "T25-SG17-C-0123")
        #expect(unnamed.kind == .contribution)
    }

    @Test func liaisonStatementsAndReportsAreTDs() {
        let liaison = ExtractedDocument(format: .pdf, pages: [FrontPageFieldsTests.pdfTD])
        let identity = recognize("T25-SG17-250909-TD-PLEN-0318!!PDF-E.pdf", liaison).identity
        #expect(identity.kind == .liaison)
        #expect(identity.identifier == "T25-SG17-250909-TD-PLEN-0318")
        #expect(identity.date == "2025-09-09")
        #expect(identity.fields["For action to"] == "ITU-T SG17 (Q11/17)")
        let unnamed = recognize("ls.pdf", liaison).identity
        #expect(unnamed.identifier == "T25-SG17-250909-TD-PLEN-0318")

        let report = """
            \tSTUDY GROUP 3\tOriginal: French
            Question(s):\tQ12/3\tGenève, 20-29 octobre 2025
            TD
            Source:\tRapporteur de la Question 12/3
            Titre:\tRapport de la réunion du Groupe du Rapporteur sur la Question 12/3 (Dakar, 8-10 juillet 2025)
            La réunion a examiné les contributions et a adopté le rapport, les textes et les déclarations de liaison.
            """
        let recognized = recognize(
            "T25-SG3-251020-TD-WP1-0151!!MSW-F.docx", ExtractedDocument(format: .docx, pages: [report])
        ).identity
        #expect(recognized.kind == .report)
        #expect(recognized.language == "fr")
        #expect(recognized.date == "2025-10-20")
        #expect(recognized.questions == ["Q12/3"])
    }

    @Test func theTextOutweighsTheNameSuffixForLanguage() {
        let french = """
            La présente contribution décrit la mise en œuvre de l'interopérabilité des services financiers mobiles
            dans l'espace de l'union, et propose des cas d'utilisation pour la Question 12/3.
            """
        let identity = recognize("T25-SG3-C-0095!!MSW-E.docx", ExtractedDocument(format: .docx, pages: [french]))
            .identity
        #expect(identity.language == "fr")
        #expect(identity.disagreements.contains("language: file name en, text fr"))
    }

    @Test func anythingElseIsOther() {
        let document = ExtractedDocument(format: .docx, pages: ["Minutes of the coffee break\nCoffee was served."])
        let identity = recognize("notes.docx", document).identity
        #expect(identity.kind == .other)
        #expect(identity.title == "Minutes of the coffee break")
    }

    @Test func recognitionIsDeterministic() {
        let document = Self.recommendation()
        let first = recognize("T-REC-X.1281-202403-I!!PDF-E.pdf", document)
        let second = recognize("T-REC-X.1281-202403-I!!PDF-E.pdf", document)
        #expect(first == second)
    }
}
