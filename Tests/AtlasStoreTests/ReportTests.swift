import AtlasCore
import AtlasStore
import Foundation
import Testing

/// The report views on a small store whose answers are known.
struct ReportTests {
    let fixture: StoreFixture

    init() throws {
        fixture = try StoreFixture()
        try fixture.store.replaceTaxonomy(
            [
                CategoryRecord(id: "identity", parentID: nil, label: "Digital identity", studyGroups: ["SG17", "SG2"]),
                CategoryRecord(
                    id: "identity-federation", parentID: "identity", label: "Federation", studyGroups: ["SG17"],
                    buildingBlocks: ["identity"]),
                CategoryRecord(id: "payments", parentID: nil, label: "Digital payments", studyGroups: ["SG3"]),
                CategoryRecord(
                    id: "emerging-tech", parentID: nil, label: "Emerging technologies", studyGroups: ["SG20"],
                    buildingBlocks: ["wallet"]),
            ],
            buildingBlocks: [
                BuildingBlockRecord(id: "identity", name: "Identity"),
                BuildingBlockRecord(id: "wallet", name: "Wallet"),
                BuildingBlockRecord(id: "payments", name: "Payments"),
            ])
        // A Recommendation in force (English and Chinese), its superseded edition, a contribution, a Supplement.
        let english = Self.document(
            "x-e.pdf", .recommendation, "X.1281", "03/2024", .inForce, "en", "SG17", ["identity-federation"],
            [("R-FED-01: The IdP is required to sign assertions.", .requirement), ("Scope.", .other)])
        let chinese = Self.document(
            "x-c.pdf", .recommendation, "X.1281", "03/2024", .inForce, "zh", "SG17", ["identity-federation"],
            [("要求签名。", .requirement)])
        let old = Self.document(
            "x-old.pdf", .recommendation, "X.1281", "09/2019", .superseded, "en", "SG17", ["identity-federation"],
            [("The old requirement.", .requirement)])
        let contribution = Self.document(
            "c.docx", .contribution, "T25-SG3-C-0001", nil, nil, "en", "SG3", ["payments"],
            [("No ITU-T Recommendation specifies payment aliases.", .gap), ("Use case 1: paying a fee.", .useCase)])
        let supplement = Self.document(
            "sup.pdf", .supplement, "Y.Sup85", "07/2025", .inForce, "en", "SG20", ["emerging-tech"], [])
        for document in [english, chinese, old, contribution, supplement] { try fixture.save(document) }
        try fixture.store.link()
    }

    static func document(
        _ path: String, _ kind: DocumentIdentity.Kind, _ identifier: String, _ edition: String?,
        _ status: DocumentIdentity.Status?, _ language: String, _ group: String, _ labels: [String],
        _ passages: [(String, Passage.Kind)]
    ) -> ProcessedDocument {
        var document = StoreFixture.document(
            path, kind: kind, identifier: identifier, edition: edition, status: status, language: language,
            texts: passages.map(\.0))
        document.identity.studyGroups = [StudyGroupMention(id: group)]
        document.identity.date = edition.map { "\($0.suffix(4))-\($0.prefix(2))" } ?? "2026-04-08"
        document.passages = passages.enumerated().map {
            Passage(ordinal: $0.offset, section: "6.\($0.offset)", text: $0.element.0, kind: $0.element.1)
        }
        document.labels = labels.map {
            Label(category: $0, score: 0.9, keywordScore: 0.9, tfidfScore: 0.5, evidence: [])
        }
        return document
    }

    @Test func theGapMatrixCountsDistinctWorksAndFlagsGaps() throws {
        let report = try fixture.store.gapReport()
        #expect(report.studyGroups == ["SG2", "SG3", "SG17", "SG20"])
        #expect(report.topics.map(\.id) == ["identity", "payments", "emerging-tech"])
        let identity = try #require(report.topics.first)
        let sg17 = try #require(identity.cells.first { $0.studyGroup == "SG17" })
        #expect(sg17.recommendations == 1, "English and Chinese are one work; the superseded edition does not count")
        #expect(sg17.documents == 2, "the 2024 work and the 2019 work")
        #expect(sg17.expected && !sg17.gap)
        #expect(sg17.newestDate == "2024-03")
        let sg2 = try #require(identity.cells.first { $0.studyGroup == "SG2" })
        #expect(sg2.expected && sg2.gap)
        #expect(identity.subtopics.map(\.id) == ["identity-federation"])

        let payments = report.topics[1]
        #expect(payments.cells.first { $0.studyGroup == "SG3" }?.workInProgress == 1)
        #expect(payments.issues.map(\.text) == ["No ITU-T Recommendation specifies payment aliases."])
        #expect(report.topics[2].onlyInformative)
        #expect(!identity.onlyInformative)
    }

    @Test func theSameNumbersAreInTheViewsForSQLite() throws {
        let report = try fixture.store.gapReport()
        let csv = report.csv()
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.first?.first == "category")
        #expect(rows.count == 1 + 4 * 4, "four categories × four study groups")
        let identitySG2 = try #require(rows.first { $0[0] == "identity" && $0[3] == "SG2" })
        #expect(identitySG2[10] == "1", "gap")
    }

    @Test func theRepositoryLeavesOutSupersededEditionsAndTranslations() throws {
        let report = try fixture.store.repositoryReport()
        let federation = try #require(report.topics.first?.subtopics.first)
        #expect(federation.entries.map(\.text) == ["R-FED-01: The IdP is required to sign assertions."])
        #expect(federation.entries.first?.section == "6.0")
        #expect(federation.entries.first?.studyGroups == ["SG17"])
        #expect(federation.entries.first?.filedBy == "document")
        let payments = report.topics[1]
        #expect(payments.entries.map(\.type).sorted() == ["gap", "use-case"])
        let markdown = report.markdown()
        #expect(markdown.contains("**Technical requirements**"))
        #expect(markdown.contains("X.1281 (03/2024), clause 6.0, SG17"))
    }

    @Test func coverageFollowsTheTaxonomyMapping() throws {
        let report = try fixture.store.coverageReport()
        #expect(report.blocks.map(\.name) == ["Identity", "Payments", "Wallet"])
        #expect(report.blocks[0].documentIDs.count == 2, "the English and Chinese texts in force")
        #expect(report.blocks[1].documentIDs.isEmpty)
        #expect(report.blocks[2].documentIDs.count == 1)
    }

    @Test func theHTMLIsOneSelfContainedPageWithAHeatmap() throws {
        let html = try fixture.store.gapReport().html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        let svg = try #require(
            html.range(of: "<svg").flatMap { start in
                html.range(of: "</svg>").map { html[start.lowerBound..<$0.upperBound] }
            })
        #expect(svg.components(separatedBy: "<rect").count - 1 == 3 * 4, "one cell per topic and study group")
        #expect(svg.contains(">gap<"))
        #expect(html.contains("id=\"topic-identity\""))
        #expect(html.contains("href=\"#doc-"))
    }

    @Test func jsonParses() throws {
        let data = try JSONEncoder().encode(try fixture.store.gapReport())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((object["topics"] as? [Any])?.count == 3)
        #expect((object["studyGroups"] as? [String]) == ["SG2", "SG3", "SG17", "SG20"])
    }
}
