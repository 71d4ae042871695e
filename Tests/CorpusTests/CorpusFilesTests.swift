import AtlasCore
import AtlasExtract
import Foundation
import Testing

/// Every built corpus file has a gold line, and extraction gives what the gold expects:
/// a document, or the expected failure reason for the quirk files.
struct CorpusFilesTests {
    @Test func everyGoldFileExistsAndExtractsAsExpected() throws {
        let gold = try Corpus.gold()
        #expect(gold.count >= 60, "the corpus should hold at least 60 documents")
        for document in gold {
            guard FileManager.default.fileExists(atPath: document.url.path) else {
                Issue.record("missing corpus file \(document.file)")
                continue
            }
            // As the extraction workers read it: by content, and by name when the bytes are no document.
            let result = Extractor.extract(contentsOf: document.url)
            switch (result, document.failure) {
            case (.success(let extracted), nil):
                #expect(!extracted.text.isEmpty, "\(document.file) extracted no text")
            case (.failure(let failure), let expected?):
                #expect(failure.reason.rawValue == expected, "\(document.file): \(failure.message)")
            case (.success, let expected?):
                Issue.record("\(document.file) should fail with \(expected)")
            case (.failure(let failure), nil):
                Issue.record("\(document.file) failed: \(failure.reason.rawValue): \(failure.message)")
            }
        }
    }
}
