import AtlasCore
import Testing

struct GoldStandardTests {
    let taxonomy = MiniTaxonomy.make()

    @Test func readsTextAndFileLines() throws {
        let items = try GoldStandard.parse(
            """
            {"id": "a", "title": "A", "text": "Mobile money.", "labels": ["payments-mobile-money"]}

            {"id": "b", "file": "recommendations/b.pdf", "labels": []}
            """, file: "gold.jsonl", taxonomy: taxonomy)
        #expect(items.map(\.id) == ["a", "b"])
        #expect(items.map(\.line) == [1, 3])
        #expect(items[1].file == "recommendations/b.pdf")
        #expect(items[1].labels.isEmpty)
    }

    @Test func anUnknownLabelIsAnErrorThatNamesTheLine() {
        #expect {
            try GoldStandard.parse(
                """
                {"id": "a", "text": "x", "labels": ["identity"]}
                {"id": "b", "text": "x", "labels": ["identity-wallets"]}
                {"id": "c", "text": "x"}
                """, file: "gold.jsonl", taxonomy: taxonomy)
        } throws: { error in
            let text = "\(error)"
            return text.contains("gold.jsonl:2: b: unknown label \"identity-wallets\"")
                && text.contains("gold.jsonl:3: c: no labels")
        }
    }

    @Test func theSplitIsDeterministicAndHoldsOutAboutTheConfiguredShare() {
        let ids = (0..<1000).map { "contributions/T25-SG17-C-\($0).docx" }
        let held = ids.filter(GoldStandard.isHeldOut)
        #expect(held == ids.filter(GoldStandard.isHeldOut))
        #expect(abs(Double(held.count) / 1000 - Double(GoldStandard.heldOutPercent) / 100) < 0.05)
    }
}
