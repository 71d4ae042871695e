import AtlasCore
import AtlasStore
import Testing

struct LinkTests {
    @Test func referencesResolveToTheEditionCitedElseTheNewestInForce() throws {
        let fixture = try StoreFixture()
        let old = StoreFixture.document("old.pdf", identifier: "X.1281", edition: "09/2019", status: .superseded)
        let new = StoreFixture.document("new.pdf", identifier: "X.1281", edition: "03/2024", status: .inForce)
        var citing = StoreFixture.document(
            "c.docx", kind: .contribution, identifier: "T25-SG17-C-0001", cites: ["ITU-T X.1281", "ITU-T X.509"])
        var citingOld = StoreFixture.document(
            "c2.docx", kind: .contribution, identifier: "T25-SG17-C-0002", cites: ["ITU-T X.1281"])
        citingOld.references[0].edition = "09/2019"
        citing.references[0].raw = "Recommendation ITU-T X.1281"
        for document in [old, new, citing, citingOld] { try fixture.save(document) }

        let summary = try fixture.store.link()
        #expect(summary.references == 3)
        #expect(summary.resolved == 2)
        let out = try #require(try fixture.store.details(of: citing.source.documentID)).referencesOut
        #expect(out.first { $0.cited == "ITU-T X.1281" }?.resolvedID == new.source.documentID)
        #expect(out.first { $0.cited == "ITU-T X.509" }?.resolvedID == nil)
        let outOld = try #require(try fixture.store.details(of: citingOld.source.documentID)).referencesOut
        #expect(outOld.first?.resolvedID == old.source.documentID)
        let cited = try #require(try fixture.store.details(of: new.source.documentID))
        #expect(cited.referencesIn.map(\.identifier) == ["T25-SG17-C-0001"])
    }

    @Test func aRecommendationIngestedLaterResolvesTheReferencesWaitingForIt() throws {
        let fixture = try StoreFixture()
        let citing = StoreFixture.document(
            "c.docx", kind: .contribution, identifier: "T25-SG17-C-0001", cites: ["ITU-T Y.3615"])
        try fixture.save(citing)
        #expect(try fixture.store.link().resolved == 0)
        let recommendation = StoreFixture.document("y.pdf", identifier: "Y.3615", edition: "02/2025", status: .inForce)
        try fixture.save(recommendation)
        #expect(try fixture.store.link().resolved == 1)
        let out = try #require(try fixture.store.details(of: citing.source.documentID)).referencesOut
        #expect(out.first?.resolvedID == recommendation.source.documentID)
    }

    @Test func editionsPartsAndTranslationsAreLinked() throws {
        let fixture = try StoreFixture()
        let first = StoreFixture.document("2016.pdf", identifier: "X.1281", edition: "05/2016", status: .superseded)
        let second = StoreFixture.document("2019.pdf", identifier: "X.1281", edition: "09/2019", status: .superseded)
        let third = StoreFixture.document("2024.pdf", identifier: "X.1281", edition: "03/2024", status: .inForce)
        let amendment = StoreFixture.document(
            "amd.pdf", kind: .amendment, identifier: "X.1281", edition: "11/2025", status: .inForce, part: "Amd 1")
        let corrigendum = StoreFixture.document(
            "cor.pdf", kind: .corrigendum, identifier: "X.1281", edition: "06/2024", status: .inForce, part: "Cor 1")
        let english = StoreFixture.document("y-e.pdf", identifier: "Y.3615", edition: "02/2025", language: "en")
        let chinese = StoreFixture.document("y-c.pdf", identifier: "Y.3615", edition: "02/2025", language: "zh")
        for document in [first, second, third, amendment, corrigendum, english, chinese] { try fixture.save(document) }

        let summary = try fixture.store.link()
        #expect(summary.links == ["supersedes": 2, "amends": 1, "corrects": 1, "translation-of": 2])

        let newest = try #require(try fixture.store.details(of: third.source.documentID))
        let relations = newest.links.map { "\($0.relation) \($0.edition ?? "")" }
        #expect(relations.sorted() == ["amended-by 11/2025", "corrected-by 06/2024", "supersedes 09/2019"])
        let middle = try #require(try fixture.store.details(of: second.source.documentID))
        #expect(middle.links.map(\.relation).sorted() == ["superseded-by", "supersedes"])
        let translated = try #require(try fixture.store.details(of: chinese.source.documentID))
        #expect(translated.links.map(\.relation) == ["translation-of"])
        #expect(translated.links.first?.language == "en")
    }

    @Test func supplementsPairedNumbersYearEditionsAndContributionsResolve() throws {
        let fixture = try StoreFixture()
        let supplement = StoreFixture.document(
            "sup.pdf", kind: .supplement, identifier: "Y.Sup85", edition: "07/2025", part: "Suppl 85")
        let paired = StoreFixture.document("pair.pdf", identifier: "Y.4901/L.1601", edition: "05/2017")
        let old = StoreFixture.document("x2019.pdf", identifier: "X.509", edition: "10/2019", status: .superseded)
        let new = StoreFixture.document("x2024.pdf", identifier: "X.509", edition: "03/2024", status: .inForce)
        let contribution = StoreFixture.document("c.docx", kind: .contribution, identifier: "T25-SG3-C-0088")
        var citing = StoreFixture.document("citing.docx", kind: .td, identifier: "T25-SG3-251020-TD-WP3-0145")
        citing.references = [
            Reference(cited: "ITU-T Y.Sup85", kind: .ituT, raw: "Y.Sup85"),
            Reference(cited: "ITU-T L.1601", kind: .ituT, raw: "L.1601"),
            Reference(cited: "ITU-T X.509", kind: .ituT, edition: "2019", raw: "X.509 (2019)"),
            Reference(cited: "T25-SG3-C-0088", kind: .ituDocument, raw: "SG3-C88"),
        ]
        for document in [supplement, paired, old, new, contribution, citing] { try fixture.save(document) }
        #expect(try fixture.store.link().resolved == 4)
        let out = try #require(try fixture.store.details(of: citing.source.documentID)).referencesOut
        let resolved = Dictionary(uniqueKeysWithValues: out.map { ($0.cited, $0.resolvedID) })
        #expect(resolved["ITU-T Y.Sup85"] == supplement.source.documentID)
        #expect(resolved["ITU-T L.1601"] == paired.source.documentID)
        #expect(resolved["ITU-T X.509"] == old.source.documentID, "the year cited picks the 2019 edition")
        #expect(resolved["T25-SG3-C-0088"] == contribution.source.documentID)
    }

    @Test func linkingTwiceGivesTheSameLinks() throws {
        let fixture = try StoreFixture()
        try fixture.save(StoreFixture.document("a.pdf", identifier: "X.1", edition: "01/2020"))
        try fixture.save(StoreFixture.document("b.pdf", identifier: "X.1", edition: "01/2024"))
        #expect(try fixture.store.link() == fixture.store.link())
    }
}
