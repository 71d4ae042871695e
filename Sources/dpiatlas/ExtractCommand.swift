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
