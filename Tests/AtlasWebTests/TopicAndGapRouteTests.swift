import AtlasCore
import AtlasStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtlasWeb

/// `/topics`, `/topics/{id}`, `/gap`, `/gap/{topic}/{sg}` and their `/api/` twins.
struct TopicAndGapRouteTests {
    let fixture: WebFixture

    init() throws { fixture = try WebFixture() }

    @Test func theTopicListAndATopicPage() async throws {
        try await fixture.application().test(.router) { client in
            let list = try await client.fetch("/topics")
            #expect(list.status == .ok)
            #expect(list.body.contains("<a href=\"/topics/identity\">Digital identity</a>"))
            #expect(list.body.contains("<a href=\"/topics/identity-federation\">Federation</a>"))

            let page = try await client.fetch("/topics/identity")
            #expect(page.status == .ok)
            #expect(page.body.contains("<h1>Digital identity</h1>"))
            #expect(page.body.contains("Who is who, online."))
            #expect(page.body.contains("<strong>SG2</strong> expected, no document"))
            #expect(page.body.contains("The identity provider shall sign every assertion"))
            #expect(page.body.contains("Federation lets a citizen use one digital identity"))
            #expect(page.body.contains("No ITU-T Recommendation covers wallet recovery"))
            #expect(page.body.contains("href=\"/documents/\(fixture.contributionID)\""))
            let subtopic = try await client.fetch("/topics/identity-federation")
            #expect(subtopic.body.contains("Subtopic of <a href=\"/topics/identity\">Digital identity</a>"))
        }
    }

    @Test func theTopicAPI() async throws {
        try await fixture.application().test(.router) { client in
            let list = try await client.fetch("/api/topics")
            let topics = try JSONDecoder().decode([TopicSummary].self, from: Data(list.body.utf8))
            #expect(topics.map(\.id) == ["identity", "payments"])
            #expect(topics[0].subtopics.map(\.id) == ["identity-federation"])
            let response = try await client.fetch("/api/topics/identity")
            let topic = try JSONDecoder().decode(TopicView.self, from: Data(response.body.utf8))
            #expect(topic.gapStudyGroups == ["SG2"])
            #expect(topic.requirements.count == 1, "the Chinese translation of the requirement is left out")
            #expect(topic.useCases.count == 1 && topic.issues.count == 1)
            #expect(topic.documents.count == 3)
        }
    }

    @Test func theGapMatrixLinksEachCellToItsDocuments() async throws {
        try await fixture.application().test(.router) { client in
            let page = try await client.fetch("/gap")
            #expect(page.status == .ok)
            #expect(page.body.contains("href=\"/gap/identity/SG17\""))
            #expect(page.body.contains("<td class=\"gap\"><a href=\"/gap/identity/SG2\">Gap"))
            let cell = try await client.fetch("/gap/identity/SG17")
            #expect(cell.status == .ok)
            #expect(cell.body.contains("href=\"/documents/\(fixture.englishID)\""))
            #expect(cell.body.contains("href=\"/documents/\(fixture.contributionID)\""))
            let gap = try await client.fetch("/gap/identity/2")
            #expect(gap.body.contains("<strong>Gap:</strong>"))

            let report = try JSONDecoder().decode(
                GapReport.self, from: Data(try await client.fetch("/api/gap").body.utf8))
            #expect(report.studyGroups == ["SG2", "SG3", "SG17"])
            let api = try await client.fetch("/api/gap/identity/SG17")
            let view = try JSONDecoder().decode(GapCellView.self, from: Data(api.body.utf8))
            #expect(view.cell.recommendations == 1 && view.cell.workInProgress == 1)
            #expect(Set(view.documents.map(\.id)) == [fixture.englishID, fixture.chineseID, fixture.contributionID])
        }
    }

    @Test func unknownTopicsAndStudyGroupsAre404s() async throws {
        try await fixture.application().test(.router) { client in
            for path in [
                "/topics/nope", "/topics/..%2F..", "/topics/identity%27--", "/gap/nope/SG17", "/gap/identity/SG99",
                "/gap/identity/banana", "/gap/identity/SG17/extra", "/topics/%00",
            ] {
                let page = try await client.fetch(path)
                #expect(page.status == .notFound, "\(path)")
                let api = try await client.fetch("/api" + path)
                #expect(api.status == .notFound, "\(path)")
                #expect(try APIError(api.body).error.status == 404)
            }
            #expect(try await client.fetch("/gap?sort=1").status == .badRequest)
            #expect(try await client.fetch("/api/topics?x=1").status == .badRequest)
        }
    }
}
