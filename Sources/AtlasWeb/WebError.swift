import Hummingbird

/// Every error the web interface answers with: one status, a stable code, a message for people.
/// The API sends it as `{"error": {"status": 400, "code": "…", "message": "…"}}`, the pages as an HTML page.
struct WebError: Error, Sendable, Equatable {
    var status: HTTPResponse.Status
    var code: String
    var message: String

    static func badParameter(_ message: String) -> WebError {
        WebError(status: .badRequest, code: "bad-parameter", message: message)
    }

    static func unknownParameter(_ name: String, allowed: [String]) -> WebError {
        let list = allowed.isEmpty ? "none" : allowed.joined(separator: ", ")
        return WebError(
            status: .badRequest, code: "unknown-parameter",
            message: "unknown parameter \(name); this address takes: \(list)")
    }

    static func notFound(_ message: String) -> WebError {
        WebError(status: .notFound, code: "not-found", message: message)
    }

    static let methodNotAllowed = WebError(
        status: .methodNotAllowed, code: "method-not-allowed", message: "this interface is read-only: GET or HEAD only")

    static let timeout = WebError(
        status: .serviceUnavailable, code: "timeout",
        message: "the database took too long to answer; try a narrower query")

    static let databaseError = WebError(
        status: .internalServerError, code: "database-error", message: "the database could not answer this request")

    /// Any other status (from the router or the HTTP layer) in the same shape.
    static func from(status: HTTPResponse.Status) -> WebError {
        switch status {
        case .notFound: return .notFound("no page at this address")
        case .methodNotAllowed: return .methodNotAllowed
        default:
            let code = status.reasonPhrase.lowercased().split(separator: " ").joined(separator: "-")
            return WebError(status: status, code: code.isEmpty ? "error" : code, message: status.reasonPhrase)
        }
    }
}

/// The JSON shape of an error.
struct ErrorBody: Codable, Sendable {
    struct Detail: Codable, Sendable {
        var status: Int
        var code: String
        var message: String
    }

    var error: Detail

    init(_ error: WebError) {
        self.error = Detail(status: error.status.code, code: error.code, message: error.message)
    }
}
