import AtlasPipeline
import Foundation

/// Progress on standard error: a redrawn bar on a terminal; otherwise a line for every failure and a
/// plain progress line every few seconds, which reads well in CI logs.
final class ProgressReporter {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let started = Date()
    private var lastLine = Date.distantPast
    private var pages = 0
    private var failures = 0
    private let interval: TimeInterval

    init(interval: TimeInterval = 5) {
        self.interval = interval
    }

    func report(index: Int, total: Int, path: String, outcome: IngestRun.Outcome) {
        switch outcome {
        case .loaded(let count): pages += count ?? 0
        case .skipped, .reclassified: break
        case .failed(let failure):
            failures += 1
            write(
                (isTerminal ? "\r\u{1B}[K" : "") + "failed: \(path): \(failure.reason.rawValue): \(failure.message)\n")
        }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(index) / elapsed : 0
        let remaining = rate > 0 ? Double(total - index) / rate : 0
        let status =
            "\(index)/\(total) files · \(pages) pages · "
            + String(format: "%.1f files/s", rate) + " · ETA \(Self.duration(remaining)) · \(failures) failed"
        if isTerminal {
            let width = 24
            let filled = total > 0 ? width * index / total : width
            let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
            write("\r\u{1B}[K[\(bar)] \(status)" + (index == total ? "\n" : ""))
        } else if now.timeIntervalSince(lastLine) >= interval || index == total {
            lastLine = now
            write("progress: \(status)\n")
        }
    }

    /// Said from the signal handler's queue, so it touches no state.
    static func interrupted() {
        let prefix = isatty(STDERR_FILENO) == 1 ? "\r\u{1B}[K" : ""
        FileHandle.standardError.write(Data((prefix + "stopping after the document in progress\n").utf8))
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
