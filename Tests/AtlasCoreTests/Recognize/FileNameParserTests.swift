import Testing

@testable import AtlasCore

struct FileNameParserTests {
    @Test func recommendationInForce() {
        let name = FileNameParser.parse("corpus/recommendations/T-REC-X.1281-202403-I!!PDF-E.pdf")
        #expect(name.kind == .recommendation)
        #expect(name.recommendation?.identifier == "X.1281")
        #expect(name.edition == "03/2024")
        #expect(name.status == .inForce)
        #expect(name.part == nil)
        #expect(name.language == "en")
    }

    @Test(arguments: [
        ("T-REC-X.1281-201909-S!!PDF-E.pdf", DocumentIdentity.Status.superseded),
        ("T-REC-X.1456-202504-P!!PDF-E.pdf", .prePublished),
        ("T-REC-A.1-201909-I!!PDF-E.pdf", .inForce),
    ])
    func statusLetter(file: String, status: DocumentIdentity.Status) {
        #expect(FileNameParser.parse(file).status == status)
    }

    @Test(arguments: [
        ("T-REC-X.1281-202511-I!Amd1!PDF-E.pdf", DocumentIdentity.Kind.amendment, "Amd 1", "X.1281"),
        ("T-REC-H.222.0-201408-I!Cor2!PDF-F.pdf", .corrigendum, "Cor 2", "H.222.0"),
        ("T-REC-E.212-200410-S!Err1!PDF-E.pdf", .erratum, "Err 1", "E.212"),
        ("T-REC-Y.Sup85-202507-I!!PDF-E.pdf", .supplement, "Suppl 85", "Y.Sup85"),
        ("T-REC-G.709-201606-I!App2!PDF-E.pdf", .annex, "App 2", "G.709"),
    ])
    func separatelyPublishedParts(file: String, kind: DocumentIdentity.Kind, part: String, identifier: String) {
        let name = FileNameParser.parse(file)
        #expect(name.kind == kind)
        #expect(name.part?.label == part)
        #expect(name.recommendation?.identifier == identifier)
    }

    @Test func suffixesAndCCITTEditions() {
        let bis = FileNameParser.parse("T-REC-V.22bis-198811-I!!PDF-E.pdf")
        #expect(bis.recommendation?.identifier == "V.22 bis")
        #expect(bis.edition == "11/1988")
        #expect(FileNameParser.parse("T-REC-V.26ter-198811-I!!PDF-F.pdf").recommendation?.identifier == "V.26 ter")
        #expect(FileNameParser.parse("T-REC-V.26ter-198811-I!!PDF-F.pdf").language == "fr")
        #expect(FileNameParser.parse("T-REC-Y.4500.1-202106-I!!PDF-E.pdf").recommendation?.identifier == "Y.4500.1")
    }

    @Test func percentEncodedNamesAsBrowsersSaveThem() {
        let name = FileNameParser.parse("T-REC-X.1254-202009-I%21%21PDF-E.pdf")
        #expect(name.recommendation?.identifier == "X.1254")
        #expect(name.language == "en")
    }

    @Test(arguments: [
        ("E", "en"), ("F", "fr"), ("S", "es"), ("C", "zh"), ("R", "ru"), ("A", "ar"),
    ])
    func languageLetters(letter: String, language: String) {
        #expect(FileNameParser.parse("T25-SG17-C-0123!!MSW-\(letter).docx").language == language)
        #expect(FileNameParser.parse("T-REC-X.1281-202403-I!!PDF-\(letter).pdf").language == language)
    }

    @Test func contributionsInDocumentManagementForm() {
        let name = FileNameParser.parse("T25-SG17-C-0123!!MSW-E.docx")
        #expect(name.kind == .contribution)
        #expect(name.document?.canonical == "T25-SG17-C-0123")
        #expect(name.document?.short == "SG17-C123")
        let revised = FileNameParser.parse("T17-SG13-C-1069R1!!MSW-E.docx")
        #expect(revised.document?.canonical == "T17-SG13-C-1069R1")
        #expect(revised.document?.revision == 1)
    }

    @Test func temporaryDocumentsCarryTheirMeeting() {
        let name = FileNameParser.parse("T25-SG21-260706-TD-PLEN-0348!!MSW-E.docx")
        #expect(name.kind == .td)
        #expect(name.document?.canonical == "T25-SG21-260706-TD-PLEN-0348")
        #expect(name.document?.meeting == "260706")
        #expect(name.document?.venue == "PLEN")
        #expect(FileNameParser.parse("T25-SG3-251020-TD-WP1-0145!!MSW-F.docx").document?.venue == "WP1")
    }

    @Test func shortFormsAndOldForms() {
        let short = FileNameParser.parse("SG17-C123-E.docx")
        #expect(short.kind == .contribution)
        #expect(short.document?.short == "SG17-C123")
        #expect(short.document?.canonical == nil)
        #expect(short.language == "en")
        let old = FileNameParser.parse("COM 17-C 123-E.doc")
        #expect(old.kind == .contribution)
        #expect(old.document?.group == "SG17")
    }

    @Test func namesThatSayNothing() {
        let name = FileNameParser.parse("draft final.docx")
        #expect(name.kind == nil)
        #expect(name.language == nil)
        #expect(name.recommendation == nil)
    }
}
