import AtlasCore
import AtlasStore
import Testing

struct SearchTests {
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

        let hits = try fixture.store.searchPassages("data exchange")
        #expect(hits.count == 2)
        #expect(hits.first?.passageID == "\(english.source.documentID)-1", "the denser passage ranks first")
        #expect(
            hits.map(\.snippet) == [
                "**Data exchange data exchange data exchange** logs are kept.",
                "The platform is required to support secure **data exchange** between registries.",
            ])

        let identity = try fixture.store.searchPassages("身份")
        #expect(identity.map(\.passageID) == ["\(chinese.source.documentID)-0"])
        #expect(identity.first?.snippet == "平台应支持数字**身份**和数据交换。")
        #expect(try fixture.store.searchPassages("数据交换").count == 1)
        #expect(try fixture.store.searchPassages("光通道").map(\.passageID) == ["\(chinese.source.documentID)-1"])
    }

    @Test func queriesAreNeverReadAsFTSSyntax() throws {
        let fixture = try StoreFixture()
        try fixture.save(StoreFixture.document("a.pdf", texts: ["An \"odd\" NEAR(text) passage: with * operators."]))
        #expect(try fixture.store.searchPassages("NEAR(text)").count == 1)
        #expect(try fixture.store.searchPassages("\"odd\"").count == 1)
        #expect(try fixture.store.searchPassages("*").isEmpty)
        #expect(try fixture.store.searchPassages("   ").isEmpty)
    }
}
