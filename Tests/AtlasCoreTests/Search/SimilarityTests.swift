import AtlasCore
import Foundation
import Testing

struct SimilarityTests {
    @Test func cosineOfUnitVectorsIsTheirDotProductOverSharedTerms() {
        let first: TFIDFScorer.Vector = [("alpha", 0.6), ("beta", 0.8)]
        let second: TFIDFScorer.Vector = [("alpha", 0.8), ("beta", 0.6)]
        let (score, shared) = Similarity.cosine(first, second)
        #expect(abs(score - 0.96) < 1e-12)
        #expect(shared.map(\.term) == ["alpha", "beta"])
        #expect(abs(shared[0].contribution - 0.48) < 1e-12)
        #expect(abs(Similarity.cosine(first, [("beta", 1.0)]).score - 0.8) < 1e-12)
        #expect(Similarity.cosine(first, [("gamma", 1.0)]).score == 0)
        #expect(abs(Similarity.cosine(first, first).score - 1) < 1e-12)
    }

    @Test func termsAreTheClassifiersFeatures() {
        let terms = Similarity.terms("The digital identity of the digital wallet", tokenizer: Tokenizer())
        #expect(terms.counts == ["digital": 2, "identity": 1, "wallet": 1])
        #expect(terms.neutral.isEmpty)
        let chinese = Similarity.terms("数字身份", tokenizer: Tokenizer())
        #expect(chinese.counts == ["数字": 1, "字身": 1, "身份": 1])
        let neutral = Similarity.terms("The PSP of ITU-T X.509 and the Psp", tokenizer: Tokenizer())
        #expect(neutral.neutral == ["psp", "itut", "x.509"])
    }

    /// Two documents sharing one of their two terms: cosine = idf(shared)² / (idf(shared)² + idf(own)²),
    /// with idf = ln((N + 1) / (df + 1)) + 1 over the three documents.
    @Test func nearestRanksByCosineWithTheIDFOfTheDocumentsCompared() {
        let documents = terms([
            "a": ["alpha": 1, "beta": 1],
            "b": ["alpha": 1, "gamma": 1],
            "c": ["delta": 1],
        ])
        let shared = log(4.0 / 3.0) + 1
        let own = log(4.0 / 2.0) + 1
        let expected = shared * shared / (shared * shared + own * own)
        let neighbours = Similarity.nearest(to: "a", among: documents, limit: 10)
        #expect(neighbours.map(\.id) == ["b"], "c shares nothing with a")
        #expect(abs(neighbours[0].score - expected) < 1e-12)
        #expect(abs(expected - 0.36645) < 1e-4)
        #expect(neighbours[0].sharedTerms.map(\.term) == ["alpha"])
    }

    /// A term counted e times weighs (1 + ln e) = 2 times its IDF.
    @Test func repeatedTermsWeighOnePlusLogTF() {
        let documents = terms(["a": ["alpha": exp(1), "beta": 1], "b": ["alpha": 1]])
        let alpha = 2 * (log(3.0 / 3.0) + 1)
        let beta = log(3.0 / 2.0) + 1
        let expected = alpha / (alpha * alpha + beta * beta).squareRoot()
        let neighbours = Similarity.nearest(to: "a", among: documents, limit: 1)
        #expect(abs(neighbours[0].score - expected) < 1e-12)
    }

    @Test func tiesAreBrokenByIDAndTheLimitHolds() {
        let documents = terms([
            "target": ["alpha": 1, "beta": 1],
            "twin-z": ["alpha": 1, "beta": 1],
            "twin-a": ["alpha": 1, "beta": 1],
            "half": ["alpha": 1, "other": 1],
        ])
        let neighbours = Similarity.nearest(to: "target", among: documents, limit: 10)
        #expect(neighbours.map(\.id) == ["twin-a", "twin-z", "half"])
        #expect(abs(neighbours[0].score - 1) < 1e-12)
        #expect(Similarity.nearest(to: "target", among: documents, limit: 2).map(\.id) == ["twin-a", "twin-z"])
        #expect(Similarity.nearest(to: "missing", among: documents, limit: 2).isEmpty)
    }

    @Test func sharedTermsAreTheLargestContributionsFirst() {
        let documents = terms([
            "a": ["common": 1, "rare": 1, "x": 1],
            "b": ["common": 1, "rare": 1],
            "c": ["common": 1],
        ])
        let neighbours = Similarity.nearest(to: "a", among: documents, limit: 1, termLimit: 1)
        #expect(neighbours[0].id == "b")
        #expect(neighbours[0].sharedTerms.map(\.term) == ["rare"], "a rarer term weighs more")
    }

    /// Across languages the identifiers and acronyms decide when they agree more than the words do.
    @Test func aTranslationIsComparedOnItsIdentifiersAndAcronyms() {
        let english = Similarity.Terms(
            counts: ["payment": 3, "switch": 2, "d.263": 1, "psp": 2], neutral: ["d.263", "psp"], language: "en")
        let french = Similarity.Terms(
            counts: ["paiement": 3, "commutateur": 2, "d.263": 1, "psp": 2], neutral: ["d.263", "psp"], language: "fr")
        let other = Similarity.Terms(counts: ["payment": 1, "bank": 4], language: "en")
        let documents = ["en": english, "fr": french, "other": other]
        let neighbours = Similarity.nearest(to: "en", among: documents, limit: 5)
        #expect(neighbours.map(\.id) == ["fr", "other"])
        // Both neutral vectors are the same direction: (1 × idf(d.263), (1 + ln 2) × idf(psp)), so cosine 1.
        #expect(abs(neighbours[0].score - 1) < 1e-12)
        #expect(Set(neighbours[0].sharedTerms.map(\.term)) == ["d.263", "psp"])
        // In the same language, only the words count.
        var sameLanguage = documents
        sameLanguage["fr"]!.language = "en"
        #expect(Similarity.nearest(to: "en", among: sameLanguage, limit: 5)[0].score < 1)
    }

    func terms(_ documents: [String: [String: Double]]) -> [String: Similarity.Terms] {
        documents.mapValues { Similarity.Terms(counts: $0) }
    }
}
