import AtlasCore
import Testing

struct ClassifierTests {
    let taxonomy = MiniTaxonomy.make()

    func classifier(mode: ClassifierConfiguration.Mode = .combined) -> Classifier {
        var configuration = ClassifierConfiguration()
        configuration.mode = mode
        configuration.thresholds[mode] = .init(topic: 0.3, subtopic: 0.3)
        configuration.passageThresholds = .init(topic: 0.2, subtopic: 0.2)
        return Classifier(taxonomy: taxonomy, configuration: configuration, statistics: .empty)
    }

    let passages = [
        Passage(ordinal: 0, section: "1", heading: "Scope", text: "1 Scope"),
        Passage(
            ordinal: 1, section: "1", heading: "Scope",
            text: "This Recommendation specifies how an identity provider and a relying party use single sign-on."),
        Passage(
            ordinal: 2, section: "6", heading: "Requirements",
            text: "R-FED-01: The identity provider is required to sign every assertion."),
    ]

    @Test func everyLabelCarriesItsEvidence() {
        let result = classifier().classify(
            title: "Single sign-on between identity providers", keywords: "identity provider; relying party",
            abstract: nil, passages: passages)
        #expect(result.categories == ["identity", "identity-federation"])
        let label = result.labels.first { $0.category == "identity-federation" }!
        #expect(label.score > 0 && label.keywordScore > 0)
        #expect(Set(label.evidence.map(\.field)).isSuperset(of: ["title", "keywords", "body"]))
        // Body evidence points at the words in the passage text (code point offsets).
        for item in label.evidence where item.field == "body" {
            let text = passages[item.passage!].text
            let scalars = Array(text.unicodeScalars)
            let found = String(String.UnicodeScalarView(scalars[item.start!..<item.end!])).lowercased()
            #expect(found.hasPrefix(item.term.lowercased().prefix(8)))
        }
    }

    @Test func aConfidentSubtopicImpliesItsTopic() {
        var configuration = ClassifierConfiguration()
        configuration.mode = .keyword
        configuration.thresholds[.keyword] = .init(topic: 0.99, subtopic: 0.3)
        let classifier = Classifier(taxonomy: taxonomy, configuration: configuration, statistics: .empty)
        let result = classifier.classify(text: "The relying party and the identity provider.")
        #expect(result.categories == ["identity", "identity-federation"])
    }

    @Test func aDocumentMayGetNoLabel() {
        let result = classifier().classify(text: "Optical transport network interfaces at 400 Gbit/s.")
        #expect(result.labels.isEmpty)
    }

    @Test func passagesGetKindsAndLabels() {
        let result = classifier().classify(title: nil, keywords: nil, abstract: nil, passages: passages)
        #expect(result.passages.map(\.kind) == [.other, .other, .requirement])
        #expect(result.passages[2].cue == "R-FED-01")
        #expect(result.passages[2].labels.map(\.category).contains("identity-federation"))
        #expect(result.passages[2].labels.allSatisfy { $0.passage == 2 && !$0.evidence.isEmpty })
        #expect(result.passages[0].labels.isEmpty)
    }

    @Test func deterministic() {
        let classifier = classifier()
        let first = classifier.classify(title: "Identity", keywords: nil, abstract: nil, passages: passages)
        for _ in 0..<3 {
            #expect(classifier.classify(title: "Identity", keywords: nil, abstract: nil, passages: passages) == first)
        }
        let again = self.classifier().classify(title: "Identity", keywords: nil, abstract: nil, passages: passages)
        #expect(again == first)
    }

    @Test func theAblationModesDecideOnTheirOwnScore() {
        let keyword = classifier(mode: .keyword).classify(text: "The relying party.")
        #expect(keyword.labels.allSatisfy { $0.score == $0.keywordScore })
        let tfidf = classifier(mode: .tfidf).classify(text: "The relying party.")
        #expect(tfidf.labels.allSatisfy { $0.score == $0.tfidfScore })
    }

    @Test func tfidfEvidenceNamesTheTermsThatCount() {
        let result = classifier().classify(text: "Mobile money and a mobile wallet for digital payments.")
        let label = result.labels.first { $0.category == "payments-mobile-money" }!
        #expect(label.evidence.contains { $0.field == "tfidf" && $0.term == "mobile" })
    }
}
