import AtlasCore
import AtlasStore
import Foundation
import Hummingbird

/// `dpiatlas serve`: the read-only web pages and JSON API over a store opened read-only.
public enum WebServer {
    /// The routes (pages and `/api/`), for the server and for tests. Reads the taxonomy once.
    public static func router(
        store: AtlasStore, timeLimit: Duration = .seconds(5)
    ) throws
        -> Router<BasicRequestContext>
    {
        let site = try Site(store: store, timeLimit: timeLimit)
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: ErrorMiddleware())
        let categoryIDs = Set(site.categories.map(\.id))

        // Pages.
        let searchPage: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            let query = try SearchParameters(
                QueryParameters(request.uri.query, allowed: SearchParameters.names), categories: categoryIDs)
            return Reply.html(
                SearchPage.render(
                    try await site.search(query), categories: site.categories, categoryLabels: site.categoryLabels))
        }
        router.get("/", use: searchPage)
        router.get("/search", use: searchPage)
        router.get("/documents/:id") { request, context in
            _ = try QueryParameters(request.uri.query, allowed: [])
            let view = try await site.document(try parameter(context, "id"))
            return Reply.html(DocumentPage.render(view, categoryLabels: site.categoryLabels))
        }
        router.get("/topics") { request, _ in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return Reply.html(TopicPage.renderIndex(try await site.topics()))
        }
        router.get("/topics/:id") { request, context in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return Reply.html(TopicPage.render(try await site.topic(try parameter(context, "id"))))
        }
        router.get("/gap") { request, _ in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return Reply.html(GapPage.render(try await site.gap()))
        }
        router.get("/gap/:topic/:sg") { request, context in
            _ = try QueryParameters(request.uri.query, allowed: [])
            let view = try await site.gapCell(
                topic: try parameter(context, "topic"), studyGroup: try parameter(context, "sg"))
            return Reply.html(GapPage.renderCell(view))
        }

        // The JSON API: the same data.
        let apiIndex: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return try Reply.json(APIIndex())
        }
        router.get("/api", use: apiIndex)
        router.get("/api/search") { request, _ in
            let query = try SearchParameters(
                QueryParameters(request.uri.query, allowed: SearchParameters.names), categories: categoryIDs)
            return try Reply.json(try await site.search(query))
        }
        router.get("/api/documents/:id") { request, context in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return try Reply.json(try await site.document(try parameter(context, "id")))
        }
        router.get("/api/topics") { request, _ in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return try Reply.json(try await site.topics())
        }
        router.get("/api/topics/:id") { request, context in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return try Reply.json(try await site.topic(try parameter(context, "id")))
        }
        router.get("/api/gap") { request, _ in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return try Reply.json(try await site.gap())
        }
        router.get("/api/gap/:topic/:sg") { request, context in
            _ = try QueryParameters(request.uri.query, allowed: [])
            return try Reply.json(
                try await site.gapCell(
                    topic: try parameter(context, "topic"), studyGroup: try parameter(context, "sg")))
        }
        return router
    }

    /// A path parameter, percent-decoded (`X.1281%20Amd%201` is `X.1281 Amd 1`); a malformed one finds nothing.
    static func parameter(_ context: BasicRequestContext, _ name: String) throws -> String {
        guard let value = try context.parameters.require(name).removingPercentEncoding else {
            throw WebError.notFound("nothing matches this address")
        }
        return value
    }

    /// The server on `host:port` (port 0: any free port); `onRunning` gets the port it listens on.
    public static func application(
        store: AtlasStore, host: String, port: Int, timeLimit: Duration = .seconds(5),
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        Application(
            router: try router(store: store, timeLimit: timeLimit),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "dpiatlas"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) })
    }
}

extension WebServer {
    /// Builds the server and runs it until SIGINT or SIGTERM.
    public static func serve(
        store: AtlasStore, host: String, port: Int, timeLimit: Duration = .seconds(5),
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        try await application(store: store, host: host, port: port, timeLimit: timeLimit, onRunning: onRunning)
            .runService()
    }
}

/// What `/api` answers: the endpoints.
struct APIIndex: Codable, Sendable {
    var endpoints: [String: String] = [
        "/api/search": "full-text search with filters and facets: q, category, sg, question, kind, lang, since, "
            + "until, type, passages, limit (1-100), offset",
        "/api/documents/{id}": "one document: identity, labels with evidence, references out and in, links",
        "/api/topics": "the DPI topics and subtopics with their counts",
        "/api/topics/{id}": "one topic: documents, requirements, use cases, issues, gaps",
        "/api/gap": "the gap matrix",
        "/api/gap/{topic}/{sg}": "one cell of the gap matrix and its documents",
    ]
}
