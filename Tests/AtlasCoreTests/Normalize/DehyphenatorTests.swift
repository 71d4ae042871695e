import AtlasCore
import Testing

struct DehyphenatorTests {
    /// A document: its broken lines and the rest of its text.
    private let vocabulary = Dehyphenator(vocabularyFrom: [
        "identification of persons and real time services",
        "the time base is real and the interoperability of systems",
        "a machine-readable zone",
        "complete the identi-", "fication of",
        "the consid-", "erations are",
        "in real-", "time",
        "a machine-", "readable zone",
        "pole-mounted and wall-", "mounted units",
    ])

    @Test func wordsBrokenAtTheLineEndAreJoined() {
        #expect(vocabulary.join("complete the identi-", "fication of") == .hyphenation)
        // Unknown halves: hyphenation is the likely reading.
        #expect(vocabulary.join("the consid-", "erations are") == .hyphenation)
        #expect(vocabulary.join("the inter\u{AD}", "operability") == .hyphenation)
    }

    @Test func hyphenatedTermsKeepTheirHyphen() {
        #expect(vocabulary.join("perform e-", "KYC checks") == .compound)
        #expect(vocabulary.join("with end-to-", "end protection") == .compound)
        #expect(vocabulary.join("in real-", "time") == .compound)
        #expect(vocabulary.join("a machine-", "readable zone") == .compound)
        #expect(vocabulary.join("Recommendation ITU-", "T X.1281") == .compound)
        #expect(vocabulary.join("the e-", "government portal") == .compound)
        // Another `…-mounted` compound in the document.
        #expect(vocabulary.join("pole-mounted and wall-", "mounted units") == .compound)
    }

    @Test func linesThatDoNotEndInABrokenWordMeetWithASpace() {
        #expect(vocabulary.join("a sentence", "goes on") == .none)
        #expect(vocabulary.join("a dash -", "and more") == .none)
        #expect(vocabulary.join("range 10-", "20") == .none)
    }
}
