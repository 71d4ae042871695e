import AtlasCore
import Testing

struct ThresholdTunerTests {
    @Test func findsThresholdsThatSeparateTheGold() {
        let taxonomy = MiniTaxonomy.make()
        let ids = taxonomy.nodes.map(\.id)
        func scores(_ values: [String: Double]) -> Classifier.Scores {
            let keyword = ids.map { values[$0] ?? 0 }
            return Classifier.Scores(nodeIDs: ids, keyword: keyword, tfidf: keyword, coverage: 1)
        }
        let documents = [
            scores(["identity": 0.8, "identity-federation": 0.7]),
            scores(["payments": 0.6, "payments-mobile-money": 0.65, "identity": 0.2]),
            scores(["identity": 0.15]),
        ]
        let gold = [["identity-federation"], ["payments-mobile-money"], []]
        var configuration = ClassifierConfiguration()
        configuration.mode = .keyword
        let result = ThresholdTuner(taxonomy: taxonomy).tuneMode(
            scores: documents, gold: gold, configuration: configuration)
        #expect(result.topLevelF1 == 1)
        #expect(result.subtopicF1 == 1)
        // Doc 2's topic identity (0.2) and doc 3's (0.15) are not in the gold; the subtopics must pass.
        #expect(result.thresholds.topic > 0.2)
        #expect(result.thresholds.subtopic <= 0.65)
    }
}
