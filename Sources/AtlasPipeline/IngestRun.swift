import AtlasCore
import AtlasExtract
import AtlasStore
import Foundation

/// One ingest: discover; for each file hash, extract (in worker processes), segment, recognise and
/// load; then link the whole store. A bad file becomes a failure row and the run goes on.
public struct IngestRun {
    public struct Options: Sendable {
        public var command = "dpiatlas ingest"
        /// The worker processes that extract (executable, jobs, timeout, memory, limits). `nil`
        /// extracts in this process, without isolation (for library users and tests; the CLI always
        /// sets workers, running itself as `dpiatlas worker`).
        public var extraction: ExtractionSupervisor.Configuration?
        /// The limits for extraction in this process, when `extraction` is `nil`.
        public var limits = ExtractionLimits()
        /// The taxonomy and classifier; `nil` loads documents without labels.
        public var classification: ClassificationSetup?

        public init() {}
    }

    /// What happened to one file.
    public enum Outcome: Sendable, Hashable {
        case loaded(pages: Int?)
        /// Already stored, labelled again because the taxonomy or classifier changed.
        case reclassified
        /// Already stored with the same content and settings, or a copy of a file stored earlier in the run.
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
    ///
    /// Files are read and hashed here, extracted in the supervisor's worker processes (up to twice
    /// `jobs` in flight), then segmented, recognised and loaded in discovery order, so the run is
    /// deterministic; loaded documents are stored a few at a time, one transaction for each batch. A
    /// copy of a file earlier in the run (the same content) ends as that file did: skipped when it was
    /// stored, failed for the same reason when it failed. When
    /// `shouldStop` says so, queued files are dropped, the files being extracted finish, and
    /// everything before the first file not done is loaded.
    public func run(_ discovered: Discovery.Result) throws -> RunSummary {
        let started = now()
        let previousRunFinished = (try store.runs().last?.status ?? "finished") == "finished"
        let runID = try store.beginRun(
            command: options.command, toolVersion: AtlasVersion.tool, extractorVersion: Extractor.version,
            startedAt: started, provenance: provenance)
        if let classification = options.classification {
            try store.replaceTaxonomy(classification.categories, buildingBlocks: classification.buildingBlocks)
        }
        var summary = RunSummary(runID: runID, ignoredFiles: discovered.ignored)
        let supervisor = options.extraction.map { ExtractionSupervisor($0) }
        defer { supervisor?.shutdown() }
        let candidates = discovered.candidates
        var prepared: [Int: (preparation: Prepared, seconds: Double)] = [:]
        var extracted: [Int: ExtractionSupervisor.Outcome] = [:]
        var nextToLoad = 0
        let window = max(2, (supervisor?.jobs ?? 1) * 2)
        // The content of every file extracted in this run, and why it failed when it did: a copy of
        // a file (the same content under another path) ends as that file did, without extraction.
        var contentsThisRun: Set<String> = []
        var failedContents: [String: ExtractionFailure] = [:]
        // Loaded documents wait in `unwritten` to be stored together in one transaction. Every outcome
        // from the first of them on waits in `unreported`, so outcomes are reported in discovery order
        // and a document is reported only once it is stored.
        var unwritten: [ProcessedDocument] = []
        var unreported: [(index: Int, outcome: Outcome, seconds: Double)] = []
        var firstUnwritten = started

        func write() throws {
            var writeShare = 0.0
            if !unwritten.isEmpty {
                let writing = now()
                try store.save(unwritten, provenance: provenance, runID: runID)
                writeShare = now().timeIntervalSince(writing) / Double(unwritten.count)
                unwritten.removeAll(keepingCapacity: true)
            }
            for (index, outcome, seconds) in unreported {
                let share = if case .loaded = outcome { writeShare } else { 0.0 }
                summary.record(outcome, path: candidates[index].path, seconds: seconds + share)
                report(index + 1, candidates.count, candidates[index].path, outcome)
            }
            unreported.removeAll(keepingCapacity: true)
        }

        // Loads, in discovery order, every file whose turn has come and whose extraction is done; then
        // stores the batch when it is full or a second old.
        func loadReady() throws {
            loading: while nextToLoad < candidates.count, let (preparation, preparing) = prepared[nextToLoad] {
                switch preparation {
                case .done(let outcome):
                    unreported.append((nextToLoad, outcome, preparing))
                case .extract(let source):
                    guard let extraction = extracted.removeValue(forKey: nextToLoad) else { break loading }
                    let loading = now()
                    let loaded = try readyToStore(
                        candidates[nextToLoad], source, extraction.result, analysis: extraction.analysis, runID: runID)
                    let seconds = preparing + extraction.seconds + now().timeIntervalSince(loading)
                    switch loaded {
                    case .document(let document):
                        if unwritten.isEmpty { firstUnwritten = now() }
                        unwritten.append(document)
                        unreported.append((nextToLoad, .loaded(pages: document.extracted.pageCount), seconds))
                    case .failed(let failure):
                        failedContents[source.sha256] = failure
                        unreported.append((nextToLoad, .failed(failure), seconds))
                    }
                case .copy(let source):
                    if let failure = failedContents[source.sha256] {
                        try store.saveFailure(
                            path: source.path, source: source, stage: "extract", failure: failure, runID: runID)
                        unreported.append((nextToLoad, .failed(failure), preparing))
                    } else {
                        unreported.append((nextToLoad, .skipped, preparing))
                    }
                }
                prepared[nextToLoad] = nil
                nextToLoad += 1
                if unwritten.count >= Self.batchDocuments { try write() }
            }
            if unwritten.isEmpty || now().timeIntervalSince(firstUnwritten) >= Self.batchSeconds { try write() }
        }

        for (index, candidate) in candidates.enumerated() {
            if shouldStop() {
                summary.interrupted = true
                supervisor?.cancelQueued()
                break
            }
            let preparing = now()
            var preparation = try prepare(candidate, runID: runID)
            if case .extract(let source) = preparation, !contentsThisRun.insert(source.sha256).inserted {
                preparation = .copy(source)
            }
            prepared[index] = (preparation, now().timeIntervalSince(preparing))
            if case .extract = preparation {
                if let supervisor {
                    supervisor.submit(ExtractionSupervisor.Job(id: index, path: candidate.url.path))
                } else {
                    let extracting = now()
                    let result = Extractor.extract(contentsOf: candidate.url, limits: options.limits)
                    extracted[index] = ExtractionSupervisor.Outcome(
                        id: index, result: result, worker: 0, seconds: now().timeIntervalSince(extracting))
                }
            }
            while let supervisor, supervisor.pending >= window, let outcome = supervisor.next() {
                extracted[outcome.id] = outcome
            }
            try loadReady()
        }
        while let outcome = supervisor?.next() {
            extracted[outcome.id] = outcome
            if !summary.interrupted, shouldStop() {
                summary.interrupted = true
                supervisor?.cancelQueued()
            }
            try loadReady()
        }
        try loadReady()
        try write()
        supervisor?.shutdown()
        // Links depend only on which documents are stored: relinked when this run stored some, or when
        // the run before it did not finish (it may have stored documents and stopped before linking).
        if summary.counts.documentsLoaded > 0 || !previousRunFinished {
            summary.links = try store.link()
        }
        summary.seconds = now().timeIntervalSince(started)
        try store.finishRun(runID, counts: summary.counts, finishedAt: now(), interrupted: summary.interrupted)
        return summary
    }

    /// What is known about a file before extraction: its outcome already, or its source for extraction.
    private enum Prepared {
        case done(Outcome)
        case extract(SourceFile)
        /// The same content as a file earlier in this run: skipped when that one loads, failed as it did.
        case copy(SourceFile)
    }

    private func prepare(_ candidate: Discovery.Candidate, runID: Int64) throws -> Prepared {
        let size = (try? FileManager.default.attributesOfItem(atPath: candidate.url.path)[.size] as? Int) ?? 0
        // Over the configured limit: recorded without being read (the workers apply the same limit).
        if size > options.limits.maxFileBytes {
            let failure = ExtractionFailure(
                .tooLarge, "\(size) bytes is over the limit of \(options.limits.maxFileBytes) bytes")
            try store.saveFailure(path: candidate.path, source: nil, stage: "discover", failure: failure, runID: runID)
            return .done(.failed(failure))
        }
        let data: Data
        do {
            data = try Data(contentsOf: candidate.url)
        } catch {
            let failure = ExtractionFailure(.unreadable, "cannot read the file: \(error.localizedDescription)")
            try store.saveFailure(path: candidate.path, source: nil, stage: "discover", failure: failure, runID: runID)
            return .done(.failed(failure))
        }
        let source = SourceFile(
            path: candidate.path, size: data.count, sha256: SHA256.hex(of: data),
            format: FileFormat.sniff(data.prefix(1024)))
        if let stored = try store.storedProvenance(sha256: source.sha256) {
            guard let classification = options.classification, !classification.made(stored) else {
                return .done(.skipped)
            }
            try reclassify(stored.documentID, with: classification, runID: runID)
            return .done(.reclassified)
        }
        // A file that failed for good with this extractor fails the same way again: not tried twice.
        if let failure = try store.storedFailure(
            path: candidate.path, sha256: source.sha256, extractorVersion: Extractor.version),
            failure.reason.isPermanent
        {
            return .done(.failed(failure))
        }
        return .extract(source)
    }

    /// Labels a stored document again from its stored text and passages, without extracting it.
    private func reclassify(_ documentID: String, with classification: ClassificationSetup, runID: Int64) throws {
        guard let input = try store.classificationInput(documentID: documentID) else { return }
        let (labels, passages) = classification.classify(
            text: input.text, title: input.title, fields: input.fields, passages: input.passages)
        try store.replaceClassification(
            documentID: documentID, labels: labels, passages: passages, provenance: provenance, runID: runID)
    }

    /// What every record of this run is made with.
    var provenance: Provenance {
        Provenance(
            extractorVersion: Extractor.version, taxonomyVersion: options.classification?.taxonomyVersion,
            taxonomyHash: options.classification?.taxonomyHash, configHash: options.classification?.configHash)
    }

    /// Documents stored together in one transaction: at most this many...
    static let batchDocuments = 32
    /// ...and held no longer than this, so progress stays current and a killed run loses little.
    static let batchSeconds = 1.0

    /// An extracted file made ready to store, or its failure (stored at once).
    private enum Loaded {
        case document(ProcessedDocument)
        case failed(ExtractionFailure)
    }

    /// Makes one extracted file ready to store, with the analysis its worker made (made here when there
    /// is none, or when the worker classified with other settings than this run's). A failure is
    /// stored here.
    private func readyToStore(
        _ candidate: Discovery.Candidate, _ source: SourceFile, _ result: ExtractionResult,
        analysis workerAnalysis: DocumentAnalysis?, runID: Int64
    ) throws -> Loaded {
        switch result {
        case .success(let extracted):
            let classification = options.classification
            let analysis =
                if let workerAnalysis, workerAnalysis.classifiedWith == classification?.fingerprint {
                    workerAnalysis
                } else {
                    DocumentAnalysis.analyze(
                        fileName: candidate.url.lastPathComponent, extracted, classification: classification)
                }
            var document = ProcessedDocument(
                source: source, extracted: extracted, passages: analysis.passages,
                identity: analysis.recognition.identity, references: analysis.recognition.references,
                labels: analysis.labels)
            document.terms = analysis.terms
            return .document(document)
        case .failure(let failure):
            try store.saveFailure(
                path: candidate.path, source: source, stage: "extract", failure: failure, runID: runID)
            return .failed(failure)
        }
    }
}
