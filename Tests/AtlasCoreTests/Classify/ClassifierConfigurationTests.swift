import AtlasCore
import Foundation
import Testing

struct ClassifierConfigurationTests {
    @Test func theFileOverridesDefaultsKeyByKey() throws {
        let configuration = try ClassifierConfiguration.load(
            yaml: """
                fields: {title: 4}
                combined: {keyword_weight: 0.7}
                thresholds:
                  combined: {topic: 0.5, subtopic: 0.45}
                """)
        #expect(configuration.weight(.title) == 4)
        #expect(configuration.weight(.body) == 1)
        #expect(configuration.keywordWeight == 0.7)
        #expect(configuration.thresholds[.combined] == .init(topic: 0.5, subtopic: 0.45))
        #expect(configuration.thresholds[.keyword] == ClassifierConfiguration().thresholds[.keyword])
    }

    @Test func unknownKeysAndBadValuesNameTheirLine() {
        #expect {
            try ClassifierConfiguration.load(
                yaml: """
                    keyword:
                      saturation: 1.2
                      saturaton: 2
                    thresholds:
                      combined: {topic: high, subtopic: 0.4}
                    """, file: "classifier.yaml")
        } throws: { error in
            let text = "\(error)"
            return text.contains("classifier.yaml:3: unknown field \"saturaton\"")
                && text.contains("classifier.yaml:5: thresholds.combined.topic should be a number")
        }
    }

    @Test func theCommittedFileLoads() throws {
        let path = Repository.root.appendingPathComponent("pipeline/classifier.yaml").path
        let configuration = try ClassifierConfiguration.load(path: path)
        #expect(configuration.mode == .combined)
    }

    @Test func combinedScoresLeanOnKeywordsWhereTheProfilesCannotRead() {
        var configuration = ClassifierConfiguration()
        configuration.keywordWeight = 0.5
        #expect(abs(configuration.score(keyword: 0.8, tfidf: 0.4, coverage: 1) - 0.6) < 1e-12)
        #expect(abs(configuration.score(keyword: 0.8, tfidf: 0.4, coverage: 0) - 0.8) < 1e-12)
        #expect(abs(configuration.score(keyword: 0.8, tfidf: 0.2, coverage: 0.5) - (0.4 + 0.05) / 0.75) < 1e-12)
    }
}

/// The repository, from this file's place in it.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
