import Foundation
import Testing

/// The sample corpus and its gold (`corpus/gold/documents.jsonl`, written by `corpus/tools/build.py`).
enum Corpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    /// One line of `corpus/gold/documents.jsonl`: what a careful reader says a corpus file is.
    struct GoldDocument: Decodable, Sendable {
        var file: String
        var kind: String?
        var identifier: String?
        var edition: String?
        var status: String?
        var part: String?
        var studyGroups: [String]?
        var questions: [String]?
        var language: String?
        var title: String?
        var source: String?
        var date: String?
        var references: [String]?
        var labels: [String]?
        var failure: String?
        var translationOf: String?

        enum CodingKeys: String, CodingKey {
            case file, kind, identifier, edition, status, part, questions, language, title, source, date
            case references, labels, failure
            case studyGroups = "study_groups"
            case translationOf = "translation_of"
        }

        var url: URL { Corpus.root.appendingPathComponent(file) }
    }

    /// The gold lines. A missing gold file fails the test that asks for it.
    static func gold() throws -> [GoldDocument] {
        let url = root.appendingPathComponent("gold/documents.jsonl")
        try #require(FileManager.default.fileExists(atPath: url.path), "missing \(url.path): run make corpus")
        let decoder = JSONDecoder()
        return try String(decoding: Data(contentsOf: url), as: UTF8.self)
            .split(separator: "\n")
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { try decoder.decode(GoldDocument.self, from: Data($0.utf8)) }
    }
}
