import AtlasCore
import AtlasStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import AtlasWeb

/// What holds for every address: GET and HEAD only, one error shape, nothing served but the
/// database's pages, safe headers, the database never written.
struct ServerRulesTests {
    let fixture: WebFixture

    init() throws { fixture = try WebFixture() }

    @Test func onlyGetAndHeadAreAnswered() async throws {
        try await fixture.application().test(.router) { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch, .options] {
                let page = try await client.fetch("/search?q=identity", method: method)
                #expect(page.status == .methodNotAllowed)
                #expect(page.headers[.allow] == "GET, HEAD")
                let api = try await client.fetch("/api/documents/\(fixture.englishID)", method: method)
                #expect(api.status == .methodNotAllowed)
                #expect(try APIError(api.body).error.code == "method-not-allowed")
            }
            let head = try await client.fetch("/search?q=identity", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.isEmpty)
            let headMissing = try await client.fetch("/api/nothing", method: .head)
            #expect(headMissing.status == .notFound && headMissing.body.isEmpty)
        }
    }

    @Test func nothingOutsideTheDatabaseIsServed() async throws {
        let paths = [
            "/etc/passwd", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/output/atlas.sqlite",
            "/Package.swift", "/favicon.ico", "/static/../Package.swift", "/search/../../Package.swift",
            "/api/../Package.swift", "/" + String(repeating: "a/", count: 200),
        ]
        try await fixture.application().test(.router) { client in
            for path in paths {
                let page = try await client.fetch(path)
                #expect(page.status == .notFound, "\(path)")
                let type = path.hasPrefix("/api/") ? "application/json" : "text/html"
                #expect(page.headers[.contentType] == type + "; charset=utf-8")
                #expect(!page.body.contains("swift-tools-version") && !page.body.contains("root:"))
            }
            let api = try await client.fetch("/api/nothing/here")
            #expect(api.status == .notFound)
            #expect(
                try APIError(api.body).error
                    == .init(status: 404, code: "not-found", message: "no page at this address"))
        }
    }

    @Test func everyPageCarriesSafeHeadersAndNoScript() async throws {
        try await fixture.application().test(.router) { client in
            for path in [
                "/", "/search?q=identity", "/documents/\(fixture.englishID)", "/topics", "/topics/identity",
                "/gap", "/gap/identity/SG17", "/nope",
            ] {
                let page = try await client.fetch(path)
                #expect(page.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true, "\(path)")
                #expect(page.headers[.init("X-Content-Type-Options")!] == "nosniff")
                #expect(!page.body.contains("<script"), "\(path)")
                #expect(page.body.contains("<main id=\"main\""), "\(path)")
            }
        }
    }

    @Test func theAPIIndexListsTheEndpoints() async throws {
        try await fixture.application().test(.router) { client in
            let response = try await client.fetch("/api")
            #expect(response.status == .ok)
            let index = try JSONDecoder().decode(APIIndex.self, from: Data(response.body.utf8))
            #expect(index.endpoints.keys.sorted().first == "/api/documents/{id}")
            #expect(index.endpoints.count == 6)
        }
    }

    @Test func theDatabaseIsReadOnlyAndUnchangedAfterServing() async throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        try await fixture.application().test(.router) { client in
            for path in [
                "/search?q=identity", "/api/search?q=identity&passages=1", "/documents/X.1281", "/gap",
                "/topics/identity", "/api/gap/identity/SG17",
            ] {
                let status = try await client.fetch(path).status
                #expect(status == .ok, "\(path)")
            }
        }
        #expect(throws: (any Error).self, "the store is read-only") {
            try fixture.store.replaceTaxonomy([], buildingBlocks: [])
        }
        #expect(try fixture.store.categories().count == 3)
        let after = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        #expect(before == after)
    }
}
