import AtlasCore
import AtlasStore
import Foundation

/// The counts of a finished run, for the person at the terminal and for CI.
public struct RunSummary: Sendable, Codable {
    /// What happened to one file, for the JUnit report.
    public struct FileOutcome: Sendable, Codable {
        public var path: String
        /// `loaded`, `reclassified`, `skipped` or `failed`.
        public var outcome: String
        public var reason: String?
        public var message: String?
        public var seconds: Double
    }

    /// A file that failed, for the summary.
    public struct FailedFile: Sendable, Codable {
        public var path: String
        public var reason: String
        public var message: String
    }

    public var runID: Int64
    public var counts = RunCounts()
    public var ignoredFiles: Int
    public var pages = 0
    public var failuresByReason: [String: Int] = [:]
    public var failures: [FailedFile] = []
    public var links = LinkSummary()
    public var seconds: Double = 0
    /// Stopped on request before every file was done.
    public var interrupted = false
    /// Every file in order; not part of the JSON summary (the JUnit report lists them).
    public var outcomes: [FileOutcome] = []

    enum CodingKeys: String, CodingKey {
        case runID, counts, ignoredFiles, pages, failuresByReason, failures, links, seconds, interrupted
    }

    public init(runID: Int64, ignoredFiles: Int) {
        self.runID = runID
        self.ignoredFiles = ignoredFiles
    }

    mutating func record(_ outcome: IngestRun.Outcome, path: String, seconds: Double) {
        counts.filesSeen += 1
        switch outcome {
        case .loaded(let pageCount):
            counts.documentsLoaded += 1
            pages += pageCount ?? 0
            outcomes.append(FileOutcome(path: path, outcome: "loaded", seconds: seconds))
        case .reclassified:
            counts.documentsReclassified += 1
            outcomes.append(FileOutcome(path: path, outcome: "reclassified", seconds: seconds))
        case .skipped:
            counts.documentsSkipped += 1
            outcomes.append(FileOutcome(path: path, outcome: "skipped", seconds: seconds))
        case .failed(let failure):
            counts.failures += 1
            failuresByReason[failure.reason.rawValue, default: 0] += 1
            failures.append(FailedFile(path: path, reason: failure.reason.rawValue, message: failure.message))
            outcomes.append(
                FileOutcome(
                    path: path, outcome: "failed", reason: failure.reason.rawValue, message: failure.message,
                    seconds: seconds))
        }
    }

    /// A few lines a person can read.
    public var text: String {
        var lines = [
            "run \(runID): \(counts.filesSeen) files: \(counts.documentsLoaded) loaded, "
                + (counts.documentsReclassified > 0 ? "\(counts.documentsReclassified) re-classified, " : "")
                + "\(counts.documentsSkipped) already stored, \(counts.failures) failed"
                + (ignoredFiles > 0 ? " (\(ignoredFiles) other files ignored)" : "")
        ]
        if interrupted { lines.append("interrupted: the files not reached are ingested by the next run") }
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

    /// JUnit XML for CI systems: one test case per file; a failed document is a failed test case,
    /// a skipped (already stored) one is skipped.
    public var junitXML: String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="dpiatlas ingest" tests="\(counts.filesSeen)" failures="\(counts.failures)" \
            time="\(String(format: "%.3f", seconds))">
            <testsuite name="run \(runID)" tests="\(counts.filesSeen)" failures="\(counts.failures)" \
            skipped="\(counts.documentsSkipped)" time="\(String(format: "%.3f", seconds))">

            """
        for outcome in outcomes {
            let name = Self.escape(outcome.path)
            let time = String(format: "%.3f", outcome.seconds)
            switch outcome.outcome {
            case "failed":
                xml += """
                    <testcase classname="ingest" name="\(name)" time="\(time)"><failure type="\
                    \(Self.escape(outcome.reason ?? ""))" message="\(Self.escape(outcome.message ?? ""))"/></testcase>

                    """
            case "skipped":
                xml += """
                    <testcase classname="ingest" name="\(name)" time="\(time)"><skipped message="already stored"/>\
                    </testcase>

                    """
            default:
                xml += "<testcase classname=\"ingest\" name=\"\(name)\" time=\"\(time)\"/>\n"
            }
        }
        return xml + "</testsuite>\n</testsuites>\n"
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            // Characters XML 1.0 cannot hold at all.
            case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r": escaped += "?"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
