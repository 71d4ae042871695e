import AtlasCore
import AtlasExtract
import Foundation
import Testing

/// The classifier against the corpus gold (`corpus/gold/labels.jsonl`): the held-out figures must reach
/// the quality gate of `pipeline/quality.yaml`, and the shipped statistics must be those the corpus gives.
@Suite(.serialized) struct ClassificationGoldTests {
    static let repository = Corpus.root.deletingLastPathComponent()

    static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }

    /// The gold documents, extracted once for both tests.
    static let documents: Result<(gold: String, documents: [EvaluationRunner.Document]), any Error> = Result {
        let gate = try QualityGate.load(path: path("pipeline/quality.yaml"))
        let taxonomy = try TaxonomyLoader.loadChecked(path: path("pipeline/taxonomy.yaml"))
        let items = try GoldStandard.load(path: path(gate.gold), taxonomy: taxonomy)
        var documents: [EvaluationRunner.Document] = []
        for item in items {
            if item.text != nil {
                documents.append(EvaluationRunner.Document(textItem: item))
                continue
            }
            let url = repository.appendingPathComponent(item.file ?? "")
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw GoldError(message: "line \(item.line): no such file \(url.path)")
            }
            switch Extractor.extract(data, format: FileFormat.sniff(data.prefix(1024))) {
            case .success(let extracted): documents.append(EvaluationRunner.Document(item: item, document: extracted))
            case .failure(let failure):
                throw GoldError(message: "line \(item.line): \(item.id) cannot be read: \(failure.message)")
            }
        }
        return (gate.gold, documents)
    }

    struct GoldError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    @Test func heldOutFiguresReachTheQualityGate() throws {
        let gate = try QualityGate.load(path: Self.path("pipeline/quality.yaml"))
        let taxonomy = try TaxonomyLoader.loadChecked(path: Self.path("pipeline/taxonomy.yaml"))
        let configuration = try ClassifierConfiguration.load(path: Self.path("pipeline/classifier.yaml"))
        let statistics = try CorpusStatistics.load(path: Self.path("pipeline/corpus-statistics.json"))
        let (gold, documents) = try Self.documents.get()
        let chosen = documents.filter { !GoldStandard.items([$0.item], in: gate.part).isEmpty }
        #expect(chosen.count >= 20, "too few \(gate.part.rawValue) documents to judge")
        let report = EvaluationRunner(taxonomy: taxonomy, configuration: configuration, statistics: statistics)
            .run(chosen, gold: gold, part: gate.part, measureSpeed: false)
        let failures = gate.failures(of: report)
        #expect(failures.isEmpty, "\(failures.joined(separator: "; "))\n\n\(report.text(taxonomy: taxonomy))")
    }

    @Test func theShippedStatisticsAreTheCorpusOwn() throws {
        let taxonomy = try TaxonomyLoader.loadChecked(path: Self.path("pipeline/taxonomy.yaml"))
        let configuration = try ClassifierConfiguration.load(path: Self.path("pipeline/classifier.yaml"))
        let (gold, documents) = try Self.documents.get()
        let built = CorpusStatistics.build(
            from: documents, taxonomy: taxonomy, configuration: configuration,
            source: CorpusStatistics.source(goldPath: gold, documents: documents.count))
        let shipped = try Data(contentsOf: URL(fileURLWithPath: Self.path("pipeline/corpus-statistics.json")))
        #expect(
            try built.encoded() == shipped,
            """
            pipeline/corpus-statistics.json is stale (the corpus, its gold, the taxonomy, the classifier \
            settings or extraction changed): run `dpiatlas eval --gold corpus/gold/labels.jsonl \
            --write-statistics pipeline/corpus-statistics.json` and commit the file
            """)
    }
}
