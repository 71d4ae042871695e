import Hummingbird

/// The HTML form of every error: status, message, a way back.
enum ErrorPage {
    static func render(_ error: WebError) -> String {
        let body = """
            <h1>\(error.status.code) \(Layout.h(error.status.reasonPhrase))</h1>
            <p>\(Layout.h(error.message))</p>
            <p class="meta">Error code: <code>\(Layout.h(error.code))</code></p>
            <p><a href="/search">Search the corpus</a> · <a href="/topics">Browse the topics</a></p>
            """
        return Layout.page(title: "\(error.status.code) \(error.status.reasonPhrase)", current: nil, body: body)
    }
}
