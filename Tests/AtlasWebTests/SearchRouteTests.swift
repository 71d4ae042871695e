import AtlasStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtlasWeb

/// `/`, `/search` and `/api/search`: results, facets, filters, paging, and bad or hostile parameters.
struct SearchRouteTests {
    let fixture: WebFixture

    init() throws { fixture = try WebFixture() }

    @Test func theHomePageIsAnAccessibleSearchForm() async throws {
        try await fixture.application().test(.router) { client in
            let page = try await client.fetch("/")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.body.contains("<html lang=\"en\">"))
            #expect(page.body.contains("<a class=\"skip\" href=\"#main\">Skip to content</a>"))
            #expect(!page.body.contains("<script"))
            // Every form control has a label.
            let ids = page.body.matches(of: /<(?:input|select) [^>]*id="([^"]+)"/).map { String($0.1) }
            #expect(ids.count >= 10)
            for id in ids { #expect(page.body.contains("<label for=\"\(id)\">"), "no label for \(id)") }
        }
    }

    @Test func searchShowsMarkedSnippetsFacetsAndLanguages() async throws {
        try await fixture.application().test(.router) { client in
            let page = try await client.fetch("/search?q=identity+provider")
            #expect(page.status == .ok)
            #expect(page.body.contains("X.1281 (03/2024)"))
            #expect(page.body.contains("<mark>identity provider</mark>"))
            #expect(page.body.contains("href=\"/documents/\(fixture.englishID)\""))
            #expect(page.body.contains("id=\"facet-kind\""))
            let chinese = try await client.fetch("/search?q=%E6%95%B0%E5%AD%97%E8%BA%AB%E4%BB%BD")  // 数字身份
            #expect(chinese.status == .ok)
            #expect(chinese.body.contains("lang=\"zh\""))
            #expect(chinese.body.contains(fixture.chineseID))
        }
    }

    @Test func theAPIGivesHitsFacetsAndTheQuery() async throws {
        try await fixture.application().test(.router) { client in
            let response = try await client.fetch("/api/search?q=identity")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let results = try JSONDecoder().decode(SearchResults.self, from: Data(response.body.utf8))
            #expect(results.total == 3)
            #expect(results.complete)
            #expect(results.facets.kind.first { $0.value == "contribution" }?.count == 2)
            #expect(results.facets.studyGroup.map(\.value).sorted() == ["SG17", "SG3"])
            #expect(results.facets.topic.first { $0.value == "identity" }?.label == "Digital identity")
            #expect(results.facets.year.map(\.value) == ["2026", "2024"])
            #expect(results.hits.allSatisfy { $0.snippet.contains("**") })
        }
    }

    @Test func filtersPassagesAndPagingNarrowTheResults() async throws {
        try await fixture.application().test(.router) { client in
            func search(_ query: String) async throws -> SearchResults {
                let response = try await client.fetch("/api/search?" + query)
                #expect(response.status == .ok, "\(query): \(response.body)")
                return try JSONDecoder().decode(SearchResults.self, from: Data(response.body.utf8))
            }
            #expect(try await search("q=identity&kind=contribution").total == 2)
            #expect(try await search("q=identity&sg=3").hits.map(\.identifier) == ["T25-SG3-C-0003"])
            #expect(try await search("q=identity&category=identity").total == 2)
            #expect(try await search("q=identity&since=2025&until=2026-12").total == 2)
            #expect(try await search("q=identit%C3%A9&lang=fr").total == 1)
            let passages = try await search("q=identity&passages=1&type=requirement")
            #expect(passages.hits.map(\.passageKind) == ["requirement"])
            let first = try await search("q=identity&limit=1")
            let second = try await search("q=identity&limit=1&offset=1")
            #expect(first.hits.count == 1 && second.hits.count == 1)
            #expect(first.hits[0].documentID != second.hits[0].documentID)
            #expect(try await search("q=identity&offset=999&limit=1").hits.isEmpty)
        }
    }

    @Test func badParametersAre400sInTheOneShape() async throws {
        let bad = [
            "limit=1000", "limit=0", "limit=-5", "limit=abc", "limit=99999999999999999999", "offset=-1",
            "offset=2000", "offset=950&limit=100", "sg=banana", "sg=1000", "question=Q99", "kind=poem",
            "lang=english", "since=2024-1", "until=yesterday", "type=opinion", "passages=maybe",
            "category=nope", "category=identity%27%20OR%201=1", "q=" + String(repeating: "a", count: 201),
            "q=" + Array(repeating: "w", count: 21).joined(separator: "+"), "q=a%00b", "q=%ZZ", "q=%E6%95",
            "debug=1", "q=a&q=b", String(repeating: "q=a&", count: 600),
        ]
        try await fixture.application().test(.router) { client in
            for query in bad {
                let response = try await client.fetch("/api/search?q=identity&" + query)
                #expect(response.status == .badRequest, "\(query)")
                let error = try APIError(response.body)
                #expect(error.error.status == 400)
                #expect(["bad-parameter", "unknown-parameter"].contains(error.error.code))
                let page = try await client.fetch("/search?" + query)
                #expect(page.status == .badRequest, "\(query)")
                #expect(page.body.contains("<h1>400 Bad Request</h1>"))
            }
            let unknown = try APIError(try await client.fetch("/api/search?q=x&drop=table").body)
            #expect(unknown.error.code == "unknown-parameter")
            #expect(unknown.error.message.contains("drop"))
        }
    }

    @Test func hostileWordsAreWordsNotSyntax() async throws {
        let hostile = [
            "%22", "*", "NEAR(identity", "identity%22+OR+%22x", "%27%3B+DROP+TABLE+document%3B+--",
            "1%27+OR+%271%27%3D%271", "identity*", "%5E", "-identity", "AND", "(", "%3Cscript%3E",
            "%F0%9F%94%92+identity", "%D9%87%D9%88%D9%8A%D8%A9", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE",
        ]
        try await fixture.application().test(.router) { client in
            for q in hostile {
                let response = try await client.fetch("/api/search?q=" + q)
                #expect(response.status == .ok, "\(q): \(response.body)")
                _ = try JSONDecoder().decode(SearchResults.self, from: Data(response.body.utf8))
                let page = try await client.fetch("/search?q=" + q)
                #expect(page.status == .ok, "\(q)")
                #expect(!page.body.contains("<script>"))
            }
            // The documents are still all there.
            #expect(try fixture.store.documents().count == 5)
        }
    }

    @Test func storedMarkupIsEscaped() async throws {
        try await fixture.application().test(.router) { client in
            let page = try await client.fetch("/search?q=quotes")
            #expect(page.body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
            #expect(!page.body.contains("<script>"))
            let form = try await client.fetch("/search?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            #expect(form.body.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
            #expect(!form.body.contains("<script>"))
        }
    }
}
