import ArgumentParser
import AtlasCore
import AtlasExtract
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what the pipeline sees in one file: its text, or JSON with text and metadata."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A PDF or DOCX file.")
    var file: String

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            printError("cannot read \(file)")
            throw AtlasExit.runFailed
        }
        let detected = FileFormat.sniff(data.prefix(1024))
        let result = Extractor.extract(data, format: detected)
        switch format {
        case .text:
            switch result {
            case .success(let document): print(document.text)
            case .failure(let failure): printError("\(file): \(failure.reason.rawValue): \(failure.message)")
            }
        case .json:
            let report = ExtractReport(
                file: file, sha256: SHA256.hex(of: data), detectedFormat: detected, result: result)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        }
        if case .failure = result { throw AtlasExit.documentsFailed }
    }
}

/// The JSON shape of `dpiatlas extract --format json`.
struct ExtractReport: Encodable {
    var file: String
    var sha256: String
    var format: String
    var pages: Int?
    var title: String?
    var metadata: [String: String]?
    var text: String?
    /// What the document is (kind, identifier, edition, study groups, …) and what it cites.
    var identity: DocumentIdentity?
    var references: [Reference]?
    var failure: ExtractionFailure?

    init(file: String, sha256: String, detectedFormat: FileFormat, result: ExtractionResult) {
        self.file = file
        self.sha256 = sha256
        switch result {
        case .success(let document):
            format = document.format.rawValue
            pages = document.pageCount
            title = document.title
            metadata = document.metadata
            text = document.text
            let recognition = Recognizer.recognize(
                fileName: file, document: document, passages: Segmenter.passages(of: document))
            identity = recognition.identity
            references = recognition.references
        case .failure(let failure):
            format = detectedFormat.rawValue
            self.failure = failure
        }
    }
}
