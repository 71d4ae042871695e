import AtlasStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtlasWeb

/// `/documents/{id}` and `/api/documents/{id}`: identity, evidence, references, translations; unknown ids.
struct DocumentRouteTests {
    let fixture: WebFixture

    init() throws { fixture = try WebFixture() }

    @Test func theDocumentPageShowsIdentityEvidenceReferencesAndTranslations() async throws {
        try await fixture.application().test(.router) { client in
            let page = try await client.fetch("/documents/\(fixture.englishID)")
            #expect(page.status == .ok)
            #expect(page.body.contains("<h1>X.1281 (03/2024)</h1>"))
            #expect(page.body.contains("Identity federation framework"))
            #expect(page.body.contains("<a href=\"/topics/identity-federation\">Federation</a>"))
            #expect(page.body.contains("<mark title=\"Digital identity: identity\">identity</mark>"))
            #expect(page.body.contains("Cited by (1)"))
            #expect(page.body.contains("href=\"/documents/\(fixture.contributionID)\""))
            #expect(page.body.contains("href=\"/documents/\(fixture.chineseID)\""), "the Chinese translation")

            let contribution = try await client.fetch("/documents/\(fixture.contributionID)")
            #expect(contribution.body.contains("References out (2, 1 stored)"))
            #expect(contribution.body.contains("<a href=\"/documents/\(fixture.englishID)\">ITU-T X.1281</a>"))
            #expect(contribution.body.contains("ITU-T X.9999 <span class=\"meta\">(not in the corpus)</span>"))

            let chinese = try await client.fetch("/documents/\(fixture.chineseID)")
            #expect(chinese.body.contains("<blockquote lang=\"zh\">"))
            #expect(chinese.body.contains("<mark title=\"Digital identity: 身份\">身份</mark>"))
        }
    }

    @Test func identifiersFindTheDocumentToo() async throws {
        try await fixture.application().test(.router) { client in
            let page = try await client.fetch("/documents/T25-SG17-C-0001")
            #expect(page.status == .ok)
            #expect(page.body.contains(fixture.contributionID))
            let recommendation = try await client.fetch("/documents/X.1281")
            #expect(recommendation.body.contains("<h1>X.1281 (03/2024)</h1>"))
            let encoded = try await client.fetch("/api/documents/X%2E1281")
            #expect(encoded.status == .ok, "path parameters are percent-decoded")
        }
    }

    @Test func theAPIGivesTheDetailsAndTheEvidencePassages() async throws {
        try await fixture.application().test(.router) { client in
            let response = try await client.fetch("/api/documents/\(fixture.englishID)")
            #expect(response.status == .ok)
            let view = try JSONDecoder().decode(DocumentView.self, from: Data(response.body.utf8))
            #expect(view.details.document.identifier == "X.1281")
            #expect(view.details.labels.map(\.category) == ["identity", "identity-federation"])
            #expect(view.details.referencesIn.map(\.id) == [fixture.contributionID])
            #expect(view.details.links.contains { $0.id == fixture.chineseID })
            #expect(view.evidencePassages.map(\.ordinal) == [0, 1])
            #expect(view.evidencePassages[0].marks.first?.term == "identity")
        }
    }

    @Test func unknownAndHostileIDsAre404s() async throws {
        let names = [
            "0000000000000000", "X.9999", "..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "%25%25%25%25%25%25",
            "______", "1%27%20OR%201%3D1", "%E6%95%B0%E5%AD%97", String(repeating: "a", count: 300),
            "c.docx%00",
        ]
        try await fixture.application().test(.router) { client in
            for name in names {
                let response = try await client.fetch("/api/documents/" + name)
                #expect(response.status == .notFound, "\(name)")
                let error = try APIError(response.body)
                #expect(error.error.code == "not-found" && error.error.status == 404)
                let page = try await client.fetch("/documents/" + name)
                #expect(page.status == .notFound, "\(name)")
                #expect(page.body.contains("<h1>404 Not Found</h1>"))
            }
            for path in ["/documents/../../etc/passwd", "/documents/a/b", "/api/documents/", "/documents"] {
                #expect(try await client.fetch(path).status == .notFound, "\(path)")
            }
            #expect(try await client.fetch("/documents/\(fixture.englishID)?format=raw").status == .badRequest)
        }
    }
}
