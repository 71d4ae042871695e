import Testing

@testable import AtlasCore

struct CoverPageReaderTests {
    @Test func docxCoverTableAndHistoryRows() {
        let body = """
            International Telecommunication Union\tITU-T TELECOMMUNICATION STANDARDIZATION SECTOR OF ITU
            \tY.4492 (09/2025)

            SERIES Y: GLOBAL INFORMATION INFRASTRUCTURE, INTERNET PROTOCOL ASPECTS, NEXT-GENERATION NETWORKS

            Requirements for city asset registries in smart sustainable cities

            Recommendation ITU-T Y.4492
            Recommendation ITU-T Y.4492
            Requirements for city asset registries in smart sustainable cities

            Summary
            Recommendation ITU-T Y.4492 specifies requirements for city asset registries.
            History
            Edition\tRecommendation\tApproval\tStudy Group\tUnique ID*
            1.0\tITU-T Y.4492\t2025-09-12\t20\t11.1002/1000/16166

            Keywords
            Asset registry, smart sustainable city
            """
        let cover = CoverPageReader.read(ExtractedDocument(format: .docx, pages: [body]))
        #expect(cover.looksLikeRecommendation)
        #expect(cover.cover.recommendation?.identifier == "Y.4492")
        #expect(cover.cover.edition == "09/2025")
        #expect(cover.history.edition == "09/2025")
        #expect(cover.studyGroups.map(\.id) == ["SG20"])
        #expect(cover.title == "Requirements for city asset registries in smart sustainable cities")
    }

    @Test func chineseCoverAndRunningHeader() {
        let cover = """
            国际电信联盟
            ITU-T
            国际电信联盟
            电信标准化部门
            Y.3615
            (02/2025)
            Y 系列：全球信息基础设施、互联网协议问题、下一代网络、物联网和智慧城市
            大数据——公共部门数据平台之间可信数据交换的框架和要求
            ITU-T Y.3615 建议书
            """
        let page = """
            ITU-T Y.3615 建议书 (02/2025)
            ITU-T Y.3615 建议书
            大数据——公共部门数据平台之间可信数据交换的
            框架和要求
            摘要
            ITU-T Y.3615 建议书为公共部门机构运营的数据平台之间交换数据集提供了框架。
            历史沿革
            2025-02-141311.1002/1000/16022
            """
        let body = "ITU-T Y.3615 建议书 (02/2025)\n1 范围\n本建议书规定了框架。"
        let read = CoverPageReader.read(ExtractedDocument(format: .pdf, pages: [cover, page, body]))
        #expect(read.cover.recommendation?.identifier == "Y.3615")
        #expect(read.header.recommendation?.identifier == "Y.3615")
        #expect(read.header.edition == "02/2025")
        #expect(read.title == "大数据——公共部门数据平台之间可信数据交换的框架和要求")
        #expect(read.studyGroups.map(\.id) == ["SG13"])
    }

    @Test func theRunningHeaderIsTheOneOnMostPages() {
        let pages = [
            "cover",
            "Rec. ITU-T X.1458 (04/2025)\nThis text cites Rec. ITU-T X.1254 (09/2020) in passing.",
            "Rec. ITU-T X.1458 (04/2025)\nMore text.",
            "Rec. ITU-T X.1458 (04/2025)\nEven more.",
        ]
        let header = CoverPageReader.runningHeader(ExtractedDocument(format: .pdf, pages: pages))
        #expect(header.recommendation?.identifier == "X.1458")
        #expect(header.edition == "04/2025")
    }

    @Test func questionsARecommendationWasDevelopedUnder() {
        #expect(
            CoverPageReader.developedUnderQuestions("NOTE – This Recommendation was developed under Question 12/3.")
                == ["Q12/3"])
        #expect(
            CoverPageReader.developedUnderQuestions(
                "La présente Recommandation a été élaborée dans le cadre de la Question 12/3.")
                == ["Q12/3"])
        #expect(
            CoverPageReader.developedUnderQuestions("reported to the Rapporteur for Question 10/17 by implementers")
                == ["Q10/17"])
        #expect(CoverPageReader.developedUnderQuestions("Q10/17 met in Geneva.").isEmpty)
    }

    @Test func questionsAreFoundInEveryLanguageAndSpacing() {
        let statements = [
            ("drafted within ITU-T Questions\u{00A0}7/13", "Q7/13"),
            ("STUDIED BY Q.4/11", "Q4/11"),
            ("prepared in Q 9/2", "Q9/2"),
            ("desarrollada en el marco de la Cuestión 3/12", "Q3/12"),
            ("подготовлена В РАМКАХ ВОПРОСА 5/17", "Q5/17"),
            ("本建议书由第17/17号课题下制定", "Q17/17"),
            ("elaborated under\n\n   Question\t\t21/16", "Q21/16"),
        ]
        for (statement, id) in statements {
            #expect(
                CoverPageReader.developedUnderQuestions("Some text. " + statement + ". More.") == [id], "\(statement)")
        }
        // Numbers no Question word comes before are not searched around; they cannot match.
        #expect(CoverPageReader.questionNumberWindows(in: "editions (10/2019) and 12/2020, ratio 3/4").isEmpty)
    }

    @Test func searchingAroundQuestionNumbersFindsWhatTheWholeTextSearchFinds() {
        // Statements, near misses and numbers, close together and far apart, in a long text.
        let parts = [
            "This Recommendation was developed under Question 12/3. ", "See ITU-T X.509 (10/2019). ",
            "Q10/17 met in Geneva on 12/04. ", "developed by ITU-T Q.4/17 and Q.5/17, ",
            "dans le cadre de la Question 1/20. ", String(repeating: " ", count: 300), "Rapporteur of Question 6/2 ",
            "редакция в рамках Вопроса 2/9; ", "第3/12号课题下制定。", "studied in Questions\u{00A0}8/5 ", "ratio 1/2 n 3/4 ",
            "élaborée\u{0301} under Question 9/9\u{0301} ",
        ]
        var text = ""
        var state: UInt64 = 7
        for _ in 0..<400 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text += parts[Int(state >> 33) % parts.count]
            if state % 5 == 0 { text += String(repeating: "filler words in a passage ", count: Int(state >> 40) % 20) }
        }
        #expect(CoverPageReader.developedUnderQuestions(text) == CoverPageReader.wholeTextQuestions(text))
        #expect(
            Set(CoverPageReader.developedUnderQuestions(text))
                == ["Q12/3", "Q4/17", "Q1/20", "Q6/2", "Q2/9", "Q3/12", "Q8/5"])
        for part in parts {
            #expect(
                CoverPageReader.developedUnderQuestions(part) == CoverPageReader.wholeTextQuestions(part), "\(part)")
        }
    }

    @Test func metadataTitlesAsWordProcessorsLeaveThem() {
        #expect(
            CoverPageReader.metadataStatement(["title": "Microsoft Word - T-REC-X.1281-202403-E.docx"]).edition
                == "03/2024")
        #expect(CoverPageReader.metadataStatement(["title": "X.25 (10/96)"]).edition == "10/1996")
        #expect(CoverPageReader.metadataStatement(["title": "Untitled"]).recommendation == nil)
    }
}
