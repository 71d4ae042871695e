import AtlasCore
import Testing

struct KeywordScorerTests {
    let taxonomy = MiniTaxonomy.make()

    func classifier(_ change: (inout ClassifierConfiguration) -> Void = { _ in }) -> Classifier {
        var configuration = ClassifierConfiguration()
        configuration.mode = .keyword
        configuration.phraseBonus = 0
        configuration.thresholds[.keyword] = .init(topic: 0.1, subtopic: 0.1)
        change(&configuration)
        return Classifier(taxonomy: taxonomy, configuration: configuration, statistics: .empty)
    }

    func keywordScore(_ text: String, _ node: String, classifier: Classifier? = nil) -> Double {
        let chosen = classifier ?? self.classifier()
        let scores = chosen.scores(document: ExtractedDocument(format: .docx, pages: [text]))
        return scores.keyword[scores.nodeIDs.firstIndex(of: node)!]
    }

    @Test func aPhraseMatchesWholeTokensOnly() {
        #expect(keywordScore("Identity management systems.", "identity") > 0)
        #expect(keywordScore("identity managementX", "identity") == 0)
    }

    @Test func acronymsMatchWithTheirCaseOnly() {
        #expect(keywordScore("The IdP signs.", "identity-federation") > 0)
        #expect(keywordScore("the idp signs.", "identity-federation") == 0)
    }

    @Test func aJoinedTokenMatchesByItsParts() {
        #expect(keywordScore("A mobile-money service.", "payments-mobile-money") > 0)
        #expect(keywordScore("Supports e-KYC.", "identity-proofing") > 0)
    }

    @Test func chineseAndFrenchKeywords() {
        #expect(keywordScore("分布式数字身份系统", "identity") > 0)
        #expect(keywordScore("Les services d'argent mobile.", "payments-mobile-money") > 0)
    }

    @Test func subtopicKeywordsCountForTheTopic() {
        #expect(keywordScore("The relying party trusts it.", "identity") > 0)
    }

    @Test func saturationBoundsARepeatedKeyword() {
        // One keyword repeated many times is worth at most k1 + 1 occurrences (BM25), so it stays
        // below two different keywords seen a few times each.
        let classifier = classifier { $0.lengthNormalization = 0 }
        let once = keywordScore("mobile money.", "payments-mobile-money", classifier: classifier)
        let many = keywordScore(
            Array(repeating: "mobile money.", count: 50).joined(separator: "\n"), "payments-mobile-money",
            classifier: classifier)
        let two = keywordScore(
            "mobile money.\nmobile wallet.\nmobile money.\nmobile wallet.", "payments-mobile-money",
            classifier: classifier)
        let scale = ClassifierConfiguration().keywordScale
        let raw = { (score: Double) in score * scale / (1 - score) }
        #expect(abs(raw(once) - 1) < 1e-9)
        #expect(raw(many) < ClassifierConfiguration().saturation + 1)
        #expect(raw(many) > raw(once))
        #expect(two > many)
    }

    @Test func titleCountsMoreThanBody() {
        let classifier = classifier()
        let inTitle = classifier.scores(
            title: "Mobile money", keywords: nil, abstract: nil, passages: [Passage(ordinal: 0, text: "Text.")])
        let inBody = classifier.scores(
            title: "Text", keywords: nil, abstract: nil, passages: [Passage(ordinal: 0, text: "Mobile money.")])
        let node = inTitle.nodeIDs.firstIndex(of: "payments-mobile-money")!
        #expect(inTitle.keyword[node] > inBody.keyword[node])
    }

    @Test func anExclusionCancelsTheNodesMatchesInItsPassageOnly() {
        #expect(keywordScore("DFS at the receiver uses dynamic frequency selection.", "payments-mobile-money") == 0)
        #expect(keywordScore("DFS providers.\nDynamic frequency selection.", "payments-mobile-money") > 0)
    }

    @Test func aTopicsExclusionCoversItsSubtopics() {
        let text = "Conditional access: the relying party and identity management keys."
        #expect(keywordScore(text, "identity") == 0)
        #expect(keywordScore(text, "identity-federation") == 0)
        #expect(keywordScore("The relying party checks identity management.", "identity-federation") > 0)
    }

    @Test func aMatchInsideALongerMatchOfTheSameNodeCountsOnce() {
        // "identity" alone is no keyword; "digital identity" inside "digital identity management" is
        // not counted twice for the topic.
        let taxonomy = Taxonomy(
            topics: [
                TaxonomyNode(
                    id: "identity", keywords: [.init("digital identity"), .init("digital identity management")])
            ])
        var configuration = ClassifierConfiguration()
        configuration.mode = .keyword
        configuration.phraseBonus = 0
        configuration.thresholds[.keyword] = .init(topic: 0.1, subtopic: 0.1)
        let classifier = Classifier(taxonomy: taxonomy, configuration: configuration, statistics: .empty)
        let result = classifier.classify(text: "Digital identity management.")
        let scores = classifier.scores(
            document: ExtractedDocument(format: .docx, pages: ["Digital identity management."]))
        let scale = configuration.keywordScale
        #expect(abs(scores.keyword[0] * scale / (1 - scores.keyword[0]) - 1) < 1e-9)
        #expect(
            result.labels.first?.evidence.filter { $0.field != "tfidf" }.map(\.term) == ["digital identity management"])
    }
}
