import Foundation
import Synchronization

/// Set when the user presses Ctrl-C (SIGINT) or the process is asked to stop (SIGTERM): the run
/// finishes the document in progress, records itself as interrupted and stops.
enum InterruptFlag {
    private static let requested = Atomic<Bool>(false)
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static var isSet: Bool { requested.load(ordering: .relaxed) }

    /// Starts listening; `onInterrupt` runs once, on a background queue.
    static func install(onInterrupt: @escaping @Sendable () -> Void) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                if !requested.exchange(true, ordering: .relaxed) { onInterrupt() }
            }
            source.resume()
            sources.append(source)
        }
    }
}
