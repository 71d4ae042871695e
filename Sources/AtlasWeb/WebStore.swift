import AtlasStore
import Dispatch
import Synchronization

/// The store as the web handlers use it: every read runs off the Swift concurrency threads and is
/// answered within a time limit (a 503 `timeout` after it; the read itself runs to its end).
struct WebStore: Sendable {
    let store: AtlasStore
    let timeLimit: Duration

    func read<T: Sendable>(_ work: @escaping @Sendable (AtlasStore) throws -> T) async throws -> T {
        let store = self.store
        let (seconds, attoseconds) = timeLimit.components
        let limit = Double(seconds) + Double(attoseconds) / 1e18
        return try await withCheckedThrowingContinuation { continuation in
            let answer = FirstAnswer(continuation)
            Self.readers.async {
                answer.resume(with: Result { try work(store) }.mapError { WebStore.webError($0) })
            }
            Self.timer.asyncAfter(deadline: .now() + limit) {
                answer.resume(with: .failure(WebError.timeout))
            }
        }
    }

    /// Reads block a thread each (GRDB lets 5 at a time into SQLite, the others wait). They run on their
    /// own queue, not on the global one, which on Linux also runs Swift tasks: a slow read must not
    /// hold back the tasks that answer other requests, nor the time limit that stops it.
    private static let readers = DispatchQueue(label: "dpiatlas.web.reads", attributes: .concurrent)
    private static let timer = DispatchQueue(label: "dpiatlas.web.time-limit")

    private static func webError(_ error: any Error) -> any Error {
        if error is WebError { return error }
        FileHandleLog.write("dpiatlas serve: database error: \(error)")
        return WebError.databaseError
    }
}

/// Resumes a continuation with whichever answer comes first (the result or the timeout).
private final class FirstAnswer<T: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<T, any Error>?>

    init(_ continuation: CheckedContinuation<T, any Error>) {
        self.continuation = Mutex(continuation)
    }

    func resume(with result: Result<T, any Error>) {
        let waiting = continuation.withLock { waiting in
            defer { waiting = nil }
            return waiting
        }
        waiting?.resume(with: result)
    }
}
