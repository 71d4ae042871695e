import ArgumentParser
import AtlasCore
import AtlasPipeline
import Foundation

/// `dpiatlas bench-extract PATH...` (hidden): extracts files through the worker processes, as
/// ingest does, without loading them, and prints pages, seconds and pages per second as JSON.
/// `make bench-extract` compares it with pdftotext.
struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-extract",
        abstract: "Time extraction of files through the worker processes (for make bench-extract).",
        shouldDisplay: false
    )

    @Argument(help: "Files or folders.")
    var paths: [String]

    @Option(name: .long, help: "Worker processes extracting at once (default: one per core).")
    var jobs: Int?

    @Option(name: .customLong("repeat"), help: "Extract each file this many times.")
    var repetitions: Int = 1

    @OptionGroup var extraction: ExtractionOptions

    struct Report: Encodable {
        var files: Int
        var jobs: Int
        var pages: Int
        var failures: Int
        var seconds: Double
        var pagesPerSecond: Double
        var characters: Int
    }

    func run() throws {
        let discovered = Discovery().discover(paths)
        let config = try extraction.load(jobs: jobs)
        let supervisor = extraction.supervisor(config)
        defer { supervisor.shutdown() }
        let files = discovered.candidates.map(\.url.path)
        let work = (0..<max(1, repetitions)).flatMap { _ in files }
        // Start the workers before the clock does.
        supervisor.extract(
            (0..<supervisor.jobs).compactMap { index in
                files.first.map { ExtractionSupervisor.Job(id: index, path: $0) }
            }
        ) { _ in }
        var report = Report(
            files: work.count, jobs: supervisor.jobs, pages: 0, failures: 0, seconds: 0, pagesPerSecond: 0,
            characters: 0)
        let started = Date()
        let jobs = work.enumerated().map { ExtractionSupervisor.Job(id: $0.offset, path: $0.element) }
        supervisor.extract(jobs) { outcome in
            switch outcome.result {
            case .success(let document):
                report.pages += document.pageCount ?? 0
                report.characters += document.quality.characters
            case .failure:
                report.failures += 1
            }
        }
        report.seconds = Date().timeIntervalSince(started)
        report.pagesPerSecond = report.seconds > 0 ? Double(report.pages) / report.seconds : 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
    }
}
