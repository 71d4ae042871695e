import Testing

@testable import AtlasCore

struct FrontPageFieldsTests {
    /// A contribution front page as the DOCX extractor gives it: one line per table row, cells by tabs.
    static let docxContribution = """
        ITU\tINTERNATIONAL TELECOMMUNICATION UNION TELECOMMUNICATION STANDARDIZATION SECTOR STUDY PERIOD 2025-2028\tC 123
        \tSTUDY GROUP 17\tOriginal: English
        Question(s):\tQ10/17, Q7/17\tGeneva, 8-17 April 2026
        Working Party:\tWP3/17\t
        CONTRIBUTION
        Source:\tKenya (Republic of), Rwanda (Republic of)
        Title:\tProposed text for clauses 6 and 7 of draft Recommendation ITU-T X.idm-dpi
        Purpose:\tProposal
        Contact:\tGrace Wanjiru Mwangi Communications Authority of Kenya Kenya\tE-mail: g.mwangi@example.org
        Keywords:\tdigital identity; identity federation
        Abstract:\tThis contribution proposes requirements for the federation of national identity providers.

        1\tIntroduction
        Source: this line is body text, not a field.
        """

    @Test func docxTableRows() {
        let fields = FrontPageFields.read(Self.docxContribution, multiline: false)
        #expect(fields.isFrontPage)
        #expect(fields.studyPeriod == "2025-2028")
        #expect(fields.studyGroups == [StudyGroupMention(id: "SG17")])
        #expect(fields.number?.kind == .contribution)
        #expect(fields.number?.number == 123)
        #expect(fields.bar == .contribution)
        #expect(fields.questions == ["Q10/17", "Q7/17"])
        #expect(fields.workingParty == "WP3/17")
        #expect(fields.meeting?.start == "2026-04-08")
        #expect(fields.meeting?.text == "Geneva, 8-17 April 2026")
        #expect(fields.values[.source] == "Kenya (Republic of), Rwanda (Republic of)")
        #expect(fields.values[.title] == "Proposed text for clauses 6 and 7 of draft Recommendation ITU-T X.idm-dpi")
        #expect(fields.values[.purpose] == "Proposal")
        #expect(fields.values[.contact] == "Grace Wanjiru Mwangi Communications Authority of Kenya Kenya")
        #expect(fields.values[.contactDetail] == "g.mwangi@example.org")
        #expect(fields.values[.keywords] == "digital identity; identity federation")
    }

    /// The real ITU template: `Question(s):` and `Meeting, date:` on one row, numbers without `Q` and `WP`.
    @Test func ituTemplateRows() {
        let text = """
            Question(s):\t10/17\tMeeting, date:\tGeneva, 8-17 April 2026
            Study Group:\t17\tWorking Party:\t3\tIntended type of document (R-C-TD):\tC
            Source:\tRepublic of Examplia Ministry of Digital Affairs
            Title:\tRequirements for digital identity wallets
            Contact:\tJane Doe\tTel: +41 22 000 0000
            """
        let fields = FrontPageFields.read(text, multiline: false)
        #expect(fields.questions == ["Q10/17"])
        #expect(fields.studyGroups.map(\.id) == ["SG17"])
        #expect(fields.workingParty == "WP3/17")
        #expect(fields.meeting?.start == "2026-04-08")
        #expect(fields.values[.intendedType] == "C")
        #expect(fields.values[.title] == "Requirements for digital identity wallets")
    }

    /// Page 1 of a PDF as poppler lays it out: labels split over lines, values glued to labels, a value
    /// printed above its label.
    static let pdfTD = """
        ITU
        INTERNATIONAL
        TELECOMMUNICATION UNION
        STUDY PERIOD 2025-2028
        TD 318
        (PLEN/17)
        Original: English
        STUDY GROUP 17
        Question(s
        ):Q11/17, Q15/17
        Working
        Party:WP3/17
        Geneva, 9-18 September
        2025
        LIAISON STATEMENT
        Source:ETSI TC ESI
        Title:LS/i on the migration of electronic signature, seal and
        time-stamping standards to post-quantum cryptography
        ITU-T SG17 (Q11/17)
        For action
        to:
        For
        informatio
        n to:ITU-T SG17 (Q15/17), ISO/IEC JTC 1/SC 27
        Approval:ETSI TC ESI meeting (Sophia Antipolis, 1 July 2025)
        Deadline:28 February 2026Purpose:AdminContact:Camille Fournier
        Chair, ETSI TC ESI
        """

    @Test func pdfPageOne() {
        let vocabulary: Set<String> = ["time-stamping"]
        let fields = FrontPageFields.read(Self.pdfTD, multiline: true, vocabulary: vocabulary)
        #expect(fields.questions == ["Q11/17", "Q15/17"])
        #expect(fields.workingParty == "WP3/17")
        #expect(fields.meeting?.start == "2025-09-09")
        #expect(fields.bar == .liaison)
        #expect(fields.number?.short == "SG17-TD318/PLEN")
        #expect(fields.values[.source] == "ETSI TC ESI")
        #expect(
            fields.values[.title]
                == "LS/i on the migration of electronic signature, seal and time-stamping standards to post-quantum cryptography"
        )
        #expect(fields.values[.forAction] == "ITU-T SG17 (Q11/17)")
        #expect(fields.values[.forInformation] == "ITU-T SG17 (Q15/17), ISO/IEC JTC 1/SC 27")
        #expect(fields.values[.deadline] == "28 February 2026")
        #expect(fields.values[.purpose] == "Admin")
        #expect(fields.values[.contact] == "Camille Fournier; Chair, ETSI TC ESI")
    }

    @Test func frenchAndChineseLabels() {
        let french = """
            Question(s):\tQ12/3\tGenève, 20-29 octobre 2025
            Source:\tSénégal (République du)
            Titre:\tInteropérabilité des services financiers mobiles
            Objet:\tProposition
            """
        let fields = FrontPageFields.read(french, multiline: false)
        #expect(fields.values[.title] == "Interopérabilité des services financiers mobiles")
        #expect(fields.values[.purpose] == "Proposition")
        #expect(fields.meeting?.start == "2025-10-20")
        let chinese = """
            \t第13研究组\t原文：中文
            课题：\tQ17/13, Q18/13\t日内瓦，2025年7月14-25日
            来源：\tITU-T第13研究组
            标题：\tLS/o 关于与GovStack信息中介相关的ITU-T工作
            """
        let zh = FrontPageFields.read(chinese, multiline: false)
        #expect(zh.studyGroups.map(\.id) == ["SG13"])
        #expect(zh.questions == ["Q17/13", "Q18/13"])
        #expect(zh.values[.source] == "ITU-T第13研究组")
        #expect(zh.values[.title] == "LS/o 关于与GovStack信息中介相关的ITU-T工作")
        #expect(zh.meeting?.start == "2025-07-14")
    }

    @Test func notAFrontPage() {
        let fields = FrontPageFields.read("1 Scope\nThis Recommendation specifies a framework.", multiline: true)
        #expect(!fields.isFrontPage)
    }
}
