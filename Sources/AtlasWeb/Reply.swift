import Foundation
import Hummingbird

/// Responses: HTML pages and JSON, both UTF-8, with headers that keep the browser to our own page.
enum Reply {
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = securityHeaders
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    static func error(_ error: WebError, api: Bool) -> Response {
        var response =
            api
            ? ((try? json(ErrorBody(error), status: error.status)) ?? Response(status: error.status))
            : html(ErrorPage.render(error), status: error.status)
        if error.status == .methodNotAllowed { response.headers[.allow] = "GET, HEAD" }
        return response
    }

    /// No scripts, no outside resources, no framing; inline styles only.
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy:
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'",
        .init("X-Content-Type-Options")!: "nosniff",
        .init("Referrer-Policy")!: "no-referrer",
        .cacheControl: "no-store",
    ]
}

/// Every request passes here: only GET and HEAD, and every error (ours, the router's, the store's)
/// leaves in the one shape: JSON under `/api/`, an HTML page elsewhere.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        let api = path == "/api" || path.hasPrefix("/api/")
        guard request.method == .get || request.method == .head else {
            return Self.headless(Reply.error(.methodNotAllowed, api: api), request)
        }
        do {
            return try await next(request, context)
        } catch let error as WebError {
            return Self.headless(Reply.error(error, api: api), request)
        } catch let error as HTTPError {
            return Self.headless(Reply.error(.from(status: error.status), api: api), request)
        } catch {
            FileHandleLog.write("dpiatlas serve: \(request.method) \(path): \(error)")
            let failure = WebError(
                status: .internalServerError, code: "internal-error", message: "the server could not answer")
            return Self.headless(Reply.error(failure, api: api), request)
        }
    }

    private static func headless(_ response: Response, _ request: Request) -> Response {
        request.method == .head ? response.createHeadResponse() : response
    }
}
