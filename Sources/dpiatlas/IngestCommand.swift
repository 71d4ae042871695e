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

    @Option(name: .long, help: "Also write the summary as JSON to this file.")
    var summaryJson: String?

    @Option(name: .long, help: "Also write a JUnit XML report (one test case per file) to this file.")
    var junit: String?

    @Flag(name: .long, help: "Print no progress lines on standard error.")
    var quiet = false

    @Option(name: .long, help: "Seconds between progress lines when standard error is not a terminal.")
    var progressInterval: Double = 5

    @Option(name: .long, help: "Worker processes extracting at once (default: one per core).")
    var jobs: Int?

    @OptionGroup var extraction: ExtractionOptions

    @Option(name: .long, help: "The DPI taxonomy (without it, documents are loaded without labels).")
    var taxonomy = "pipeline/taxonomy.yaml"

    @Option(name: .long, help: "Classifier weights and thresholds.")
    var classifierConfig = "pipeline/classifier.yaml"

    @Option(name: .long, help: "The shipped corpus statistics (IDF and labelled examples).")
    var statistics = "pipeline/corpus-statistics.json"

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if !(progressInterval > 0) { throw ValidationError("--progress-interval must be more than 0") }
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
        var workerArguments = ["worker"]
        if FileManager.default.fileExists(atPath: taxonomy) {
            do {
                options.classification = try ClassificationSetup.load(
                    taxonomy: taxonomy, configuration: classifierConfig, statistics: statistics)
            } catch {
                printError("\(error)")
                throw AtlasExit.runFailed
            }
            // The workers classify what they extract, with the same files.
            workerArguments += [
                "--taxonomy", taxonomy, "--classifier-config", classifierConfig, "--statistics", statistics,
            ]
        } else {
            printError("no taxonomy at \(taxonomy): documents are loaded without labels")
        }
        options.extraction = ExtractionSupervisor.Configuration(
            executable: ExtractionSupervisor.currentExecutable(), arguments: workerArguments,
            settings: config.workers, limits: config.limits, analyze: true)
        options.limits = config.limits
        let progress = quiet ? nil : ProgressReporter(interval: progressInterval)
        let quiet = quiet
        InterruptFlag.install { if !quiet { ProgressReporter.interrupted() } }
        let run = IngestRun(
            store: store, options: options,
            report: { index, total, path, outcome in
                progress?.report(index: index, total: total, path: path, outcome: outcome)
            },
            shouldStop: { InterruptFlag.isSet })
        let summary: RunSummary
        do {
            summary = try run.run(discovered)
        } catch {
            printError("the run stopped: \(error)")
            throw AtlasExit.runFailed
        }
        let summaryJSON = try prettyJSON(summary)
        print(json ? summaryJSON : summary.text)
        do {
            if let summaryJson { try Data((summaryJSON + "\n").utf8).write(to: URL(fileURLWithPath: summaryJson)) }
            if let junit { try Data(summary.junitXML.utf8).write(to: URL(fileURLWithPath: junit)) }
        } catch {
            printError("cannot write the report: \(error.localizedDescription)")
            throw AtlasExit.runFailed
        }
        if summary.interrupted { throw AtlasExit.interrupted }
        if strict && summary.counts.failures > 0 { throw AtlasExit.documentsFailed }
    }

    private func createParentFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
}
