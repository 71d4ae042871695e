import AtlasCore
import AtlasExtract
import AtlasPipeline
import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The supervisor against real worker processes (the built `dpiatlas worker`): crashes, hangs,
/// memory blow-ups and a worker killed mid-document each cost one document, and the run goes on.
struct ExtractionSupervisorTests {
    private func supervisor(
        jobs: Int = 1, timeout: Double = 60, memoryMB: Int = 2048, recycleAfter: Int = 200,
        events: (@Sendable (ExtractionSupervisor.Event) -> Void)? = nil
    ) throws -> ExtractionSupervisor {
        var settings = WorkerSettings()
        settings.jobs = jobs
        settings.timeoutSeconds = timeout
        settings.memoryLimitBytes = memoryMB * 1_048_576
        settings.recycleAfter = recycleAfter
        return ExtractionSupervisor(
            ExtractionSupervisor.Configuration(
                executable: try atlasExecutable().path, arguments: ["worker", "--allow-faults"], settings: settings),
            events: events)
    }

    private func outcomes(
        _ supervisor: ExtractionSupervisor, _ jobs: [ExtractionSupervisor.Job]
    ) -> [ExtractionSupervisor.Outcome] {
        var collected: [ExtractionSupervisor.Outcome] = []
        supervisor.extract(jobs) { collected.append($0) }
        return collected
    }

    @Test func workersGiveWhatInProcessExtractionGivesInOrder() throws {
        let names = [
            "pdf-recommendation.pdf", "docx-tracked-changes.docx", "pdf-corrupt.pdf", "pdf-two-columns.pdf",
            "docx-zip-bomb.docx", "docx-notes-comments-headers.docx", "empty.pdf",
        ]
        let supervisor = try supervisor(jobs: 2)
        defer { supervisor.shutdown() }
        let results = outcomes(
            supervisor, try names.enumerated().map { .init(id: $0.offset, path: try fixtureURL($0.element).path) })
        #expect(results.map(\.id) == Array(names.indices))
        for (name, outcome) in zip(names, results) {
            #expect(outcome.result == Extractor.extract(contentsOf: try fixtureURL(name)), "\(name)")
        }
    }

    @Test func aCrashCostsOneDocumentAndANewWorkerTakesOver() throws {
        let supervisor = try supervisor()
        defer { supervisor.shutdown() }
        let path = try fixtureURL("pdf-two-pages.pdf").path
        let results = outcomes(
            supervisor, [.init(id: 0, path: path), .init(id: 1, path: path, fault: .crash), .init(id: 2, path: path)])
        #expect(try results[0].result.get().pageCount == 2)
        guard case .failure(let failure) = results[1].result else {
            Issue.record("the crash should be a failure")
            return
        }
        #expect(failure.reason == .crashed)
        #expect(failure.message.contains("signal 11"), "\(failure.message)")
        #expect(try results[2].result.get().pageCount == 2)
        #expect(results[2].worker != results[1].worker)
    }

    @Test func aHangIsATimeout() throws {
        let supervisor = try supervisor(timeout: 1)
        defer { supervisor.shutdown() }
        let path = try fixtureURL("docx-simple.docx").path
        let started = Date()
        let results = outcomes(supervisor, [.init(id: 0, path: path, fault: .hang), .init(id: 1, path: path)])
        #expect(Date().timeIntervalSince(started) < 10)
        guard case .failure(let failure) = results[0].result else {
            Issue.record("the hang should be a failure")
            return
        }
        #expect(failure.reason == .timeout)
        #expect(try results[1].result.get().format == .docx)
        #expect(!isAlive(results[0].worker))
    }

    @Test func aWorkerOverItsMemoryIsStoppedAndTheDocumentIsTooLarge() throws {
        let supervisor = try supervisor(memoryMB: 200)
        defer { supervisor.shutdown() }
        let path = try fixtureURL("docx-simple.docx").path
        let results = outcomes(supervisor, [.init(id: 0, path: path, fault: .allocate), .init(id: 1, path: path)])
        guard case .failure(let failure) = results[0].result else {
            Issue.record("the allocation should be a failure")
            return
        }
        #expect(failure.reason == .tooLarge || failure.reason == .crashed, "\(failure.message)")
        #expect(try results[1].result.get().format == .docx)
    }

    /// A worker killed from outside while it extracts a 143-page PDF: that document is `crashed`,
    /// the next one is extracted by a new worker.
    @Test func aWorkerKilledMidDocumentCostsOnlyThatDocument() throws {
        let killed = Mutex<[Int32]>([])
        let supervisor = try supervisor(events: { event in
            guard case .started(let job, let worker) = event, job == 0 else { return }
            usleep(30_000)
            kill(worker, SIGKILL)
            killed.withLock { $0.append(worker) }
        })
        defer { supervisor.shutdown() }
        let long = try fixtureURL("pdf-long.pdf").path
        let results = outcomes(
            supervisor, [.init(id: 0, path: long), .init(id: 1, path: try fixtureURL("pdf-two-pages.pdf").path)])
        guard case .failure(let failure) = results[0].result else {
            Issue.record("the killed worker's document should be a failure")
            return
        }
        #expect(failure.reason == .crashed)
        #expect(failure.message.contains("signal 9"), "\(failure.message)")
        #expect(killed.withLock { $0 } == [results[0].worker])
        #expect(try results[1].result.get().pageCount == 2)
        #expect(results[1].worker != results[0].worker)
    }

    @Test func workersAreRecycledAndDrainedAtShutdown() throws {
        let workers = Mutex<Set<Int32>>([])
        let supervisor = try supervisor(
            jobs: 2, recycleAfter: 2,
            events: { event in
                if case .workerStarted(let pid) = event { workers.withLock { _ = $0.insert(pid) } }
            })
        let path = try fixtureURL("pdf-two-pages.pdf").path
        let results = outcomes(supervisor, (0..<8).map { .init(id: $0, path: path) })
        #expect(results.allSatisfy { (try? $0.result.get().pageCount) == 2 })
        // Eight documents, two per worker: at least four workers.
        #expect(workers.withLock { $0.count } >= 4)
        supervisor.shutdown()
        for pid in workers.withLock({ $0 }) {
            #expect(!isAlive(pid), "worker \(pid) outlived the shutdown")
        }
    }

    @Test func aMissingWorkerExecutableFailsEveryDocumentWithoutStopping() throws {
        let supervisor = ExtractionSupervisor(.init(executable: "/nonexistent/dpiatlas"))
        defer { supervisor.shutdown() }
        let results = outcomes(supervisor, [.init(id: 0, path: "/tmp/x.pdf"), .init(id: 1, path: "/tmp/y.pdf")])
        #expect(results.count == 2)
        #expect(results.allSatisfy { if case .failure(let f) = $0.result { f.reason == .crashed } else { false } })
    }

    private func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0
    }
}

/// A fixture of the extraction tests.
func fixtureURL(_ name: String) throws -> URL {
    let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("AtlasExtractTests/Fixtures/\(name)")
    try #require(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
    return url
}

/// The `dpiatlas` built beside the test bundle.
func atlasExecutable() throws -> URL {
    let candidates = [
        Bundle.main.bundleURL,
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    for folder in candidates {
        let url = folder.appendingPathComponent("dpiatlas")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    Issue.record("dpiatlas is not built beside the tests (looked in \(candidates.map(\.path)))")
    throw CancellationError()
}

/// Every file of the sample corpus and of the extraction fixtures goes through the workers: none
/// crashes or hangs one, and each ends as a document or a typed failure.
struct CorpusThroughWorkersTests {
    @Test func noCorpusOrFixtureFileCrashesOrHangsAWorker() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folders = [
            root.appendingPathComponent("corpus").path,
            root.appendingPathComponent("Tests/AtlasExtractTests/Fixtures").path,
        ]
        let files = Discovery().discover(folders).candidates.map(\.url.path)
        #expect(files.count >= 100, "the corpus and the fixtures should hold at least 100 documents")
        var settings = WorkerSettings()
        settings.jobs = 2
        settings.timeoutSeconds = 60
        let supervisor = ExtractionSupervisor(
            .init(executable: try atlasExecutable().path, settings: settings))
        defer { supervisor.shutdown() }
        var reasons: [String: Int] = [:]
        supervisor.extract(files.enumerated().map { .init(id: $0.offset, path: $0.element) }) { outcome in
            switch outcome.result {
            case .success: reasons["document", default: 0] += 1
            case .failure(let failure):
                reasons[failure.reason.rawValue, default: 0] += 1
                #expect(
                    failure.reason != .crashed && failure.reason != .timeout, "\(files[outcome.id]): \(failure.message)"
                )
            }
        }
        #expect(reasons.values.reduce(0, +) == files.count)
        #expect((reasons["document"] ?? 0) > files.count / 2)
    }
}
