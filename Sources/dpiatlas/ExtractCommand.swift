import ArgumentParser
import AtlasCore
import AtlasPipeline
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what the pipeline sees in one file: its text, or JSON with text, structure and metadata.",
        discussion: """
            The file is extracted in a worker process, as during ingest: a crash or a hang in a C \
            library ends as a `crashed` or `timeout` failure. JSON keys: file, sha256, format, pages, \
            title, language, metadata, text, sections, blocks, quality, headersFooters, pageLabels, \
            notes, comments, trackedChanges, failure.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A PDF or DOCX file.")
    var file: String

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    @OptionGroup var extraction: ExtractionOptions

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            printError("cannot read \(file)")
            throw AtlasExit.runFailed
        }
        var hasher = SHA256()
        let prefix = (try? handle.read(upToCount: 1024)) ?? Data()
        hasher.update(Array(prefix))
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(Array(chunk)) }
        try? handle.close()
        let detected = FileFormat.sniff(prefix)

        let config = try extraction.load(jobs: 1)
        let supervisor = extraction.supervisor(config)
        supervisor.submit(ExtractionSupervisor.Job(id: 0, path: url.path))
        let result =
            supervisor.next()?.result ?? .failure(ExtractionFailure(.crashed, "no result from the extraction worker"))
        supervisor.shutdown()

        switch format {
        case .text:
            switch result {
            case .success(let document): print(document.text)
            case .failure(let failure): printError("\(file): \(failure.reason.rawValue): \(failure.message)")
            }
        case .json:
            let report = ExtractReport(
                file: file, sha256: hasher.finalizeHex(), detectedFormat: detected, result: result)
            print(try prettyJSON(report))
        }
        if case .failure = result { throw AtlasExit.documentsFailed }
    }
}
