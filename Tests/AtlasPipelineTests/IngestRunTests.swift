import AtlasCore
import AtlasPipeline
import AtlasStore
import Foundation
import Synchronization
import Testing

/// A whole ingest through the worker processes, and the same in one process.
struct IngestRunTests {
    private let names = [
        "docx-styles-lists.docx", "pdf-corrupt.pdf", "pdf-long.pdf", "docx-zip-bomb.docx", "pdf-recommendation.pdf",
        "pdf-two-columns.pdf",
    ]

    private func inbox() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(at: try fixtureURL(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    private func options(workers: Bool) throws -> IngestRun.Options {
        var options = IngestRun.Options()
        if workers {
            var settings = WorkerSettings()
            settings.jobs = 2
            options.extraction = .init(executable: try atlasExecutable().path, settings: settings)
        }
        return options
    }

    @Test(arguments: [true, false])
    func workersAndInProcessGiveTheSameStore(workers: Bool) throws {
        let folder = try inbox()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try AtlasStore(path: folder.appendingPathComponent("atlas.sqlite").path)
        let reported = Mutex<[String]>([])
        let run = IngestRun(
            store: store, options: try options(workers: workers),
            report: { _, _, path, _ in reported.withLock { $0.append(URL(fileURLWithPath: path).lastPathComponent) } })
        let summary = try run.run(Discovery().discover([folder.path]))
        #expect(summary.counts.documentsLoaded == 4)
        #expect(summary.failuresByReason == ["corrupt": 1, "too-large": 1])
        // Reported, and loaded, in discovery order whatever order the workers finished in.
        #expect(reported.withLock { $0 } == names.sorted())
        #expect(try store.documents().count == 4)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test(arguments: [true, false])
    func aCopyUnderAnotherNameEndsAsItsOriginalDid(workers: Bool) throws {
        let folder = try inbox()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copies = [
            ("copy/pdf-recommendation.pdf", "pdf-recommendation.pdf"),
            ("zz-same-as-recommendation.pdf", "pdf-recommendation.pdf"), ("zz-same-as-corrupt.pdf", "pdf-corrupt.pdf"),
        ]
        for (copy, original) in copies {
            let url = folder.appendingPathComponent(copy)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: try fixtureURL(original), to: url)
        }
        let store = try AtlasStore(path: folder.appendingPathComponent("atlas.sqlite").path)
        let summary = try IngestRun(store: store, options: try options(workers: workers))
            .run(Discovery().discover([folder.path]))
        #expect(summary.counts.documentsLoaded == 4)
        #expect(summary.counts.documentsSkipped == 2)
        #expect(summary.failuresByReason == ["corrupt": 2, "too-large": 1])
        // The first of the three in discovery order is stored; the two after it are skipped.
        let recommendations = summary.outcomes.filter { $0.path.hasSuffix("recommendation.pdf") }
        #expect(recommendations.map(\.outcome) == ["loaded", "skipped", "skipped"])
        #expect(try store.documents().map(\.path).contains(recommendations.first?.path ?? "none"))
        // The copy of a broken file fails as it did, with a failure row of its own.
        #expect(try store.failures().filter { $0.reason == "corrupt" }.count == 2)

        // Run again: the same outcomes, nothing extracted anew.
        let again = try IngestRun(store: store, options: try options(workers: workers))
            .run(Discovery().discover([folder.path]))
        #expect(again.counts.documentsSkipped == 6)
        #expect(again.failuresByReason == summary.failuresByReason)
    }

    @Test func anInterruptedRunLoadsWhatCameBeforeAndRecordsNoFalseFailures() throws {
        let folder = try inbox()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try AtlasStore(path: folder.appendingPathComponent("atlas.sqlite").path)
        let asked = Mutex(0)
        let run = IngestRun(
            store: store, options: try options(workers: true),
            shouldStop: {
                asked.withLock {
                    $0 += 1; return $0 > 3
                }
            })
        let summary = try run.run(Discovery().discover([folder.path]))
        #expect(summary.interrupted)
        #expect(summary.counts.filesSeen < names.count)
        #expect(!summary.failuresByReason.keys.contains("crashed"))
        #expect(!summary.failuresByReason.keys.contains("timeout"))
        #expect(try store.runs().last?.status == "interrupted")
    }
}
