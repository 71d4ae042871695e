import AtlasCore
import AtlasStore
import Testing

struct SearchTests {
    /// Passages matching `text`, best first.
    private func passages(_ fixture: StoreFixture, _ text: String) throws -> [SearchHit] {
        var query = SearchQuery(text: text)
        query.passages = true
        return try fixture.store.search(query)
    }

    @Test func findsEnglishAndChinesePassagesRankedByBM25() throws {
        let fixture = try StoreFixture()
        let english = StoreFixture.document(
            "e.pdf", identifier: "Y.3615",
            texts: [
                "The platform is required to support secure data exchange between registries.",
                "Data exchange data exchange data exchange logs are kept.",
                "Unrelated text about optical channels.",
            ])
        let chinese = StoreFixture.document(
            "c.pdf", identifier: "Y.3615", language: "zh", texts: ["平台应支持数字身份和数据交换。", "光通道参数。"])
        try fixture.save(english)
        try fixture.save(chinese)

        let hits = try passages(fixture, "data exchange")
        #expect(hits.count == 2)
        #expect(hits.first?.passageID == "\(english.source.documentID)-1", "the denser passage ranks first")
        #expect(
            hits.map(\.snippet) == [
                "**Data exchange data exchange data exchange** logs are kept.",
                "The platform is required to support secure **data exchange** between registries.",
            ])

        let identity = try passages(fixture, "身份")
        #expect(identity.map(\.passageID) == ["\(chinese.source.documentID)-0"])
        #expect(identity.first?.snippet == "平台应支持数字**身份**和数据交换。")
        #expect(try passages(fixture, "数据交换").count == 1)
        #expect(try passages(fixture, "光通道").map(\.passageID) == ["\(chinese.source.documentID)-1"])
    }

    @Test func queriesAreNeverReadAsFTSSyntax() throws {
        let fixture = try StoreFixture()
        try fixture.save(StoreFixture.document("a.pdf", texts: ["An \"odd\" NEAR(text) passage: with * operators."]))
        #expect(try passages(fixture, "NEAR(text)").count == 1)
        #expect(try passages(fixture, "\"odd\"").count == 1)
        #expect(try passages(fixture, "*").isEmpty)
        #expect(try passages(fixture, "   ").isEmpty)
    }
}
