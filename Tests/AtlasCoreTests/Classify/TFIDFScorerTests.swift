import AtlasCore
import Foundation
import Testing

struct TFIDFScorerTests {
    /// Two nodes, no examples: profiles from the taxonomy text alone.
    let taxonomy = Taxonomy(
        topics: [
            TaxonomyNode(id: "alpha", keywords: [.init("apple"), .init("banana")]),
            TaxonomyNode(id: "beta", keywords: [.init("cherry")]),
        ])

    @Test func idfIsSmoothed() {
        let statistics = CorpusStatistics(source: "test", documentCount: 3, documentFrequency: ["apple": 1])
        #expect(abs(statistics.idf("apple") - (log(4.0 / 2.0) + 1)) < 1e-12)
        #expect(abs(statistics.idf("unseen") - (log(4.0) + 1)) < 1e-12)
    }

    @Test func cosineOnTinyKnownVectors() {
        // Every term equally rare (no corpus): each profile is its terms with equal weight.
        // alpha = (apple, banana)/√2, beta = (cherry).
        let scorer = TFIDFScorer(
            taxonomy: taxonomy, tokenizer: Tokenizer(), statistics: .empty, configuration: ClassifierConfiguration())
        // A text holding apple once and cherry once: (apple, cherry)/√2.
        let vector = scorer.vector(["apple": 1, "cherry": 1])
        #expect(vector.map(\.term) == ["apple", "cherry"])
        #expect(vector.allSatisfy { abs($0.weight - 1 / 2.0.squareRoot()) < 1e-12 })
        let similarities = scorer.similarities(vector)
        #expect(abs(similarities[0] - 0.5) < 1e-12)  // (1/√2)(1/√2)
        #expect(abs(similarities[1] - 1 / 2.0.squareRoot()) < 1e-12)
        // The same text to itself: 1; unrelated text: 0.
        #expect(abs(scorer.similarities(scorer.vector(["cherry": 3]))[1] - 1) < 1e-12)
        #expect(scorer.similarities(scorer.vector(["durian": 1])) == [0, 0])
    }

    @Test func termFrequencyIsSublinear() {
        let scorer = TFIDFScorer(
            taxonomy: taxonomy, tokenizer: Tokenizer(), statistics: .empty, configuration: ClassifierConfiguration())
        // apple ×e² weighs 1 + ln e² = 3 against banana 1.
        let vector = scorer.vector(["apple": exp(2), "banana": 1])
        let norm = (9.0 + 1.0).squareRoot()
        #expect(abs(vector[0].weight - 3 / norm) < 1e-12)
        #expect(abs(vector[1].weight - 1 / norm) < 1e-12)
    }

    @Test func examplesJoinTheProfileAndOthersWeakenIt() {
        let statistics = CorpusStatistics(
            source: "test", documentCount: 0,
            examples: [
                .init(id: "a", labels: ["alpha"], terms: ["apple": 1, "grape": 1]),
                .init(id: "b", labels: ["beta"], terms: ["cherry": 1, "grape": 1]),
            ])
        var configuration = ClassifierConfiguration()
        configuration.negativeWeight = 1
        let scorer = TFIDFScorer(
            taxonomy: taxonomy, tokenizer: Tokenizer(), statistics: statistics, configuration: configuration)
        // grape is in both examples: alpha's examples minus beta's leave it out; apple stays.
        #expect(scorer.similarities(scorer.vector(["grape": 1]))[0] == 0)
        #expect(scorer.similarities(scorer.vector(["apple": 1]))[0] > 0)
        // Without example "a", alpha is its taxonomy text again.
        let without = TFIDFScorer(
            taxonomy: taxonomy, tokenizer: Tokenizer(), statistics: statistics, configuration: configuration,
            leavingOut: "a")
        #expect(abs(without.similarities(without.vector(["apple": 1, "banana": 1]))[0] - 1) < 1e-12)
    }

    @Test func coverageIsTheShareOfTheTextTheProfilesKnow() {
        let scorer = TFIDFScorer(
            taxonomy: taxonomy, tokenizer: Tokenizer(), statistics: .empty, configuration: ClassifierConfiguration())
        #expect(abs(scorer.coverage(scorer.vector(["apple": 1, "durian": 1])) - 0.5) < 1e-12)
        #expect(scorer.coverage(scorer.vector(["durian": 1])) == 0)
    }
}
