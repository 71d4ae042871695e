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
        let groups = (0..<1000).map { "T25-SG17-C-\($0)" }
        let held = groups.filter { GoldStandard.isHeldOut(group: $0) }
        #expect(held == groups.filter { GoldStandard.isHeldOut(group: $0) })
        #expect(abs(Double(held.count) / 1000 - Double(GoldStandard.heldOutPercent) / 100) < 0.05)
    }

    @Test func editionsAndTranslationsShareAGroup() {
        let group = GoldStandard.group
        #expect(group("recommendations/T-REC-X.1281-202403-I!!PDF-E.pdf") == "T-REC-X.1281")
        #expect(group("recommendations/T-REC-X.1281-202406-I!Cor1!PDF-E.pdf") == "T-REC-X.1281")
        #expect(group("recommendations/T-REC-Y.Sup85-202507-I!!PDF-E.pdf") == "T-REC-Y.Sup85")
        #expect(group("tds/T25-SG13-250714-TD-PLEN-0288!!MSW-C.docx") == "T25-SG13-250714-TD-PLEN-0288")
        #expect(group("quirks/pdf-named-docx.docx") == "pdf-named-docx")
        #expect(GoldItem(line: 1, id: "a", labels: [], group: "g").group == "g")
    }
}
