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

    @Test func metadataTitlesAsWordProcessorsLeaveThem() {
        #expect(
            CoverPageReader.metadataStatement(["title": "Microsoft Word - T-REC-X.1281-202403-E.docx"]).edition
                == "03/2024")
        #expect(CoverPageReader.metadataStatement(["title": "X.25 (10/96)"]).edition == "10/1996")
        #expect(CoverPageReader.metadataStatement(["title": "Untitled"]).recommendation == nil)
    }
}
