import ArgumentParser
import AtlasCore
import AtlasPipeline
import AtlasStore
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract PDF and DOCX files and load them into the database.",
        discussion: """
            PATHs are files or folders (searched recursively). Each file ends as a `document` row or, \
            when it cannot be read, as a `failure` row with a reason; the run goes on. Files already \
            stored with the same content are skipped.
            """
    )

    @Argument(help: "Files or folders to ingest.")
    var paths: [String]

    @Option(name: .long, help: "The SQLite database to write (created when missing).")
    var db = "output/atlas.sqlite"

    @Flag(name: .long, help: "Exit with 2 when any document failed (for CI).")
    var strict = false

    @Flag(name: .long, help: "Print the summary as JSON on standard output.")
    var json = false

    @Flag(name: .long, help: "Print no progress lines on standard error.")
    var quiet = false

    @Option(name: .long, help: "Worker processes extracting at once (default: one per core).")
    var jobs: Int?

    @OptionGroup var extraction: ExtractionOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() throws {
        let discovered = Discovery().discover(paths)
        if !discovered.missing.isEmpty {
            printError("no such file or folder: " + discovered.missing.joined(separator: ", "))
            throw AtlasExit.runFailed
        }
        let store: AtlasStore
        do {
            try createParentFolder(of: db)
            store = try AtlasStore(path: db)
        } catch {
            printError("\(error)")
            throw AtlasExit.runFailed
        }
        var options = IngestRun.Options()
        options.command = (["dpiatlas"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        let config = try extraction.load(jobs: jobs)
        options.extraction.settings = config.workers
        options.extraction.limits = config.limits
        let quiet = quiet
        let run = IngestRun(
            store: store, options: options,
            report: { index, total, path, outcome in
                guard !quiet else { return }
                printError("[\(index)/\(total)] \(path): \(describe(outcome))")
            })
        let summary: RunSummary
        do {
            summary = try run.run(discovered)
        } catch {
            printError("the run stopped: \(error)")
            throw AtlasExit.runFailed
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
        } else {
            print(summary.text)
        }
        if strict && summary.counts.failures > 0 { throw AtlasExit.documentsFailed }
    }

    private func createParentFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
}

private func describe(_ outcome: IngestRun.Outcome) -> String {
    switch outcome {
    case .loaded(let pages): return pages.map { "loaded (\($0) pages)" } ?? "loaded"
    case .skipped: return "already stored"
    case .failed(let failure): return "failed: \(failure.reason.rawValue): \(failure.message)"
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("dpiatlas: " + message + "\n").utf8))
}
