import AtlasCore
import AtlasStore
import Foundation

/// The counts of a finished run, for the person at the terminal and for CI.
public struct RunSummary: Sendable, Codable {
    public var runID: Int64
    public var counts = RunCounts()
    public var ignoredFiles: Int
    public var pages = 0
    public var failuresByReason: [String: Int] = [:]
    public var failedPaths: [String: String] = [:]
    public var links = LinkSummary()
    public var seconds: Double = 0

    public init(runID: Int64, ignoredFiles: Int) {
        self.runID = runID
        self.ignoredFiles = ignoredFiles
    }

    mutating func record(_ outcome: IngestRun.Outcome, path: String) {
        counts.filesSeen += 1
        switch outcome {
        case .loaded(let pageCount):
            counts.documentsLoaded += 1
            pages += pageCount ?? 0
        case .skipped:
            counts.documentsSkipped += 1
        case .failed(let failure):
            counts.failures += 1
            failuresByReason[failure.reason.rawValue, default: 0] += 1
            failedPaths[path] = failure.reason.rawValue
        }
    }

    /// A few lines a person can read.
    public var text: String {
        var lines = [
            "run \(runID): \(counts.filesSeen) files: \(counts.documentsLoaded) loaded, "
                + "\(counts.documentsSkipped) already stored, \(counts.failures) failed"
                + (ignoredFiles > 0 ? " (\(ignoredFiles) other files ignored)" : "")
        ]
        if !failuresByReason.isEmpty {
            let reasons = failuresByReason.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            lines.append("failures: " + reasons.joined(separator: ", "))
        }
        if links.references > 0 {
            lines.append("references: \(links.resolved) of \(links.references) resolved to stored documents")
        }
        let rate = seconds > 0 ? Double(pages) / seconds : 0
        lines.append(String(format: "%d pages in %.2f s (%.0f pages/s)", pages, seconds, rate))
        return lines.joined(separator: "\n")
    }
}
