import AtlasCore
import AtlasStore
import Foundation
import Testing

@testable import AtlasWeb

/// The pure parts: reading a query string, marking snippets and evidence, the time limit.
struct WebPartsTests {
    @Test func queryStringsDecodeLikeForms() throws {
        let parameters = try QueryParameters("q=digital+identity%21&sg=&lang=fr", allowed: ["q", "sg", "lang"])
        #expect(parameters["q"] == "digital identity!")
        #expect(parameters["sg"] == nil, "an empty field is no filter")
        #expect(parameters["lang"] == "fr")
        #expect(throws: WebError.self) { try QueryParameters("q=%", allowed: ["q"]) }
        #expect(throws: WebError.self) { try QueryParameters("Q=x", allowed: ["q"]) }
        #expect(QueryString.encode([("q", "a b&c"), ("sg", "SG17")]) == "?q=a%20b%26c&sg=SG17")
    }

    @Test func linksKeepTheFiltersAndRestartPaging() throws {
        var query = SearchParameters()
        query.q = "mobile money"
        query.kind = "recommendation"
        query.offset = 40
        #expect(query.link() == "/search?q=mobile%20money&kind=recommendation")
        #expect(query.link(["kind": nil, "lang": "fr"]) == "/search?q=mobile%20money&lang=fr")
        #expect(query.link(offset: 20) == "/search?q=mobile%20money&kind=recommendation&offset=20")
    }

    @Test func snippetsMarkTheirMatchesAndEscapeTheRest() {
        #expect(SearchPage.highlighted("a **<b>** c **d**") == "a <mark>&lt;b&gt;</mark> c <mark>d</mark>")
        #expect(SearchPage.highlighted("odd ** end") == "odd <mark> end</mark>")
    }

    @Test func evidenceIsMarkedByCodePoints() {
        typealias Mark = DocumentView.EvidencePassage.Mark
        let text = "数字身份 & e-KYC 🔒 identity"
        let marks = [
            Mark(start: 2, end: 4, category: "identity", term: "身份"),
            Mark(start: 3, end: 5, category: "other", term: "overlap"),
            Mark(start: 15, end: 23, category: "identity", term: "identity"),
            Mark(start: 30, end: 40, category: "identity", term: "beyond"),
        ]
        let html = DocumentPage.highlighted(text, marks: marks, labels: ["identity": "Digital <identity>"])
        #expect(
            html == "数字<mark title=\"Digital &lt;identity&gt;: 身份\">身份</mark> &amp; e-KYC 🔒 "
                + "<mark title=\"Digital &lt;identity&gt;: identity\">identity</mark>")
    }

    @Test func aSlowReadIsCutOffAt503() async throws {
        let fixture = try WebFixture()
        let store = WebStore(store: fixture.store, timeLimit: .milliseconds(50))
        // The read waits until the test lets it go: the answer must come without it.
        let gate = DispatchSemaphore(value: 0)
        await #expect(throws: WebError.timeout) {
            try await store.read { _ in
                _ = gate.wait(timeout: .now() + 60)
                return 1
            }
        }
        gate.signal()
        #expect(try await WebStore(store: fixture.store, timeLimit: .seconds(5)).read { try $0.documents().count } == 5)
    }
}
