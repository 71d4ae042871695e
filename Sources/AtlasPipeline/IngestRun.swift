import AtlasCore
import AtlasExtract
import AtlasStore
import Foundation

/// One ingest: discover; for each file hash, extract, segment, recognise and load; then link the whole store.
/// A bad file becomes a failure row and the run goes on.
public struct IngestRun {
    public struct Options: Sendable {
        /// Files larger than this are recorded as `too-large` without being read.
        public var maximumFileBytes = 512 * 1024 * 1024
        public var command = "dpiatlas ingest"

        public init() {}
    }

    /// What happened to one file.
    public enum Outcome: Sendable, Hashable {
        case loaded(pages: Int?)
        case skipped
        case failed(ExtractionFailure)
    }

    let store: AtlasStore
    let options: Options
    let now: @Sendable () -> Date
    let report: (_ index: Int, _ total: Int, _ path: String, _ outcome: Outcome) -> Void
    /// Asked between documents: `true` stops the run, which is then recorded as interrupted.
    let shouldStop: () -> Bool

    public init(
        store: AtlasStore, options: Options = Options(), now: @escaping @Sendable () -> Date = Date.init,
        report: @escaping (_ index: Int, _ total: Int, _ path: String, _ outcome: Outcome) -> Void = { _, _, _, _ in },
        shouldStop: @escaping () -> Bool = { false }
    ) {
        self.store = store
        self.options = options
        self.now = now
        self.report = report
        self.shouldStop = shouldStop
    }

    /// Runs over the candidates that discovery found. Throws only when the store fails.
    public func run(_ discovered: Discovery.Result) throws -> RunSummary {
        let started = now()
        let runID = try store.beginRun(
            command: options.command, toolVersion: AtlasVersion.tool, extractorVersion: Extractor.version,
            startedAt: started)
        var summary = RunSummary(runID: runID, ignoredFiles: discovered.ignored)
        for (index, candidate) in discovered.candidates.enumerated() {
            if shouldStop() {
                summary.interrupted = true
                break
            }
            let fileStarted = now()
            let outcome = try ingest(candidate, runID: runID)
            summary.record(outcome, path: candidate.path, seconds: now().timeIntervalSince(fileStarted))
            report(index + 1, discovered.candidates.count, candidate.path, outcome)
        }
        summary.links = try store.link()
        summary.seconds = now().timeIntervalSince(started)
        try store.finishRun(runID, counts: summary.counts, finishedAt: now(), interrupted: summary.interrupted)
        return summary
    }

    private func ingest(_ candidate: Discovery.Candidate, runID: Int64) throws -> Outcome {
        let size = (try? FileManager.default.attributesOfItem(atPath: candidate.url.path)[.size] as? Int) ?? 0
        if size > options.maximumFileBytes {
            let failure = ExtractionFailure(
                .tooLarge, "\(size) bytes is over the limit of \(options.maximumFileBytes) bytes")
            try store.saveFailure(path: candidate.path, source: nil, stage: "discover", failure: failure, runID: runID)
            return .failed(failure)
        }
        let data: Data
        do {
            data = try Data(contentsOf: candidate.url)
        } catch {
            let failure = ExtractionFailure(.unreadable, "cannot read the file: \(error.localizedDescription)")
            try store.saveFailure(path: candidate.path, source: nil, stage: "discover", failure: failure, runID: runID)
            return .failed(failure)
        }
        let source = SourceFile(
            path: candidate.path, size: data.count, sha256: SHA256.hex(of: data),
            format: FileFormat.sniff(data.prefix(1024)))
        if try store.containsDocument(sha256: source.sha256) {
            return .skipped
        }
        switch Extractor.extract(data, format: source.format) {
        case .success(let extracted):
            let passages = Segmenter.passages(of: extracted)
            let recognition = Recognizer.recognize(
                fileName: candidate.url.lastPathComponent, document: extracted, passages: passages)
            let document = ProcessedDocument(
                source: source, extracted: extracted, passages: passages, identity: recognition.identity,
                references: recognition.references)
            try store.save(document, provenance: Provenance(extractorVersion: Extractor.version), runID: runID)
            return .loaded(pages: extracted.pageCount)
        case .failure(let failure):
            try store.saveFailure(
                path: candidate.path, source: source, stage: "extract", failure: failure, runID: runID)
            return .failed(failure)
        }
    }
}
