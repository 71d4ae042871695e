import AtlasCore
import AtlasStore
import Foundation
import Testing

/// Corpus statistics computed from a real store's `document_text`, read-only.
struct AtlasStoreStatisticsTests {
    @Test func documentFrequenciesOfTheStoredTexts() throws {
        let fixture = try StoreFixture()
        try fixture.save(StoreFixture.document("a.pdf", identifier: "X.1", texts: ["Mobile money and mobile wallets."]))
        try fixture.save(StoreFixture.document("b.pdf", identifier: "X.2", texts: ["Digital identity wallets."]))
        let store = try AtlasStore(readOnlyPath: fixture.path)
        #expect(try store.documentTextCount() == 2)
        let statistics = try store.corpusStatistics(tokenizer: Tokenizer(), source: fixture.path)
        #expect(statistics.documentCount == 2)
        #expect(statistics.source == fixture.path)
        #expect(statistics.documentFrequency["wallets"] == 2)
        #expect(statistics.documentFrequency["mobile"] == 1)
        #expect(statistics.documentFrequency["and"] == nil)  // a stop word is no feature
        #expect(statistics.averageLength > 0)
        #expect(statistics.examples.isEmpty)
    }

    @Test func anEmptyStoreHasNoDocuments() throws {
        let fixture = try StoreFixture()
        let statistics = try fixture.store.corpusStatistics(tokenizer: Tokenizer(), source: "empty")
        #expect(statistics.documentCount == 0)
        #expect(statistics.documentFrequency.isEmpty)
    }
}
