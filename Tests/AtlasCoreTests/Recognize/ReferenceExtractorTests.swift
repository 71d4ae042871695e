import Testing

@testable import AtlasCore

struct ReferenceExtractorTests {
    private func cited(_ texts: [String], context: ReferenceExtractor.Context = .init()) -> [String] {
        references(texts, context: context).map(\.cited)
    }

    private func references(_ texts: [String], context: ReferenceExtractor.Context = .init()) -> [Reference] {
        let passages = texts.enumerated().map { Passage(ordinal: $0.offset, text: $0.element) }
        return ReferenceExtractor.references(in: passages, context: context)
    }

    @Test func ituTRecommendationsInEveryWrittenForm() {
        let found = cited([
            "[ITU-T X.509] Recommendation ITU-T X.509 (2019) | ISO/IEC 9594-8:2020, The Directory.",
            "Recommendation ITU-T Y.2060 (06/2012) gives an overview; see also ITU-T X.1252.",
            "Identifiers follow E.164 and E.212, and the CAP profile of [ITU-T X.1303 bis].",
            "Modems of V.22bis and V.26 ter are out of scope.",
            "La Recommandation UIT-T D.263 énonce des principes.",
            "按ITU-T G.709映射，并参考K.20修订草案。",
            "Older texts say ITU-T Rec. X.25 (10/96) or ITU-T Recommendation X.200.",
        ])
        #expect(
            found == [
                "ITU-T X.509", "ISO/IEC 9594-8", "ITU-T Y.2060", "ITU-T X.1252", "ITU-T E.164", "ITU-T E.212",
                "ITU-T X.1303 bis", "ITU-T V.22 bis", "ITU-T V.26 ter", "ITU-T D.263", "ITU-T G.709", "ITU-T K.20",
                "ITU-T X.25", "ITU-T X.200",
            ])
    }

    @Test func editionsAreKeptWhenAnyCitationNamesOne() {
        let found = references([
            "The profile builds on ITU-T Y.2060.",
            "[ITU-T Y.2060] Recommendation ITU-T Y.2060 (06/2012), Overview of the Internet of things.",
        ])
        #expect(found.count == 1)
        #expect(found[0].cited == "ITU-T Y.2060")
        #expect(found[0].edition == "06/2012")
        #expect(found[0].passage == 0)
    }

    @Test func amendmentsCorrigendaAndSupplements() {
        let found = cited([
            "Amendment 1 to Recommendation ITU-T X.1281 (11/2025) adds attribute release.",
            "It aligns with Recommendation ITU-T X.1254 and its Amendment 2.",
            "See ITU-T H.222.0 Cor.2 and ITU-T P.10/G.100 Amd.1.",
            "Use cases are in ITU-T Y.Sup85 and in Supplement 17 to ITU-T H-series Recommendations.",
            "This contribution proposes text for a draft Amendment 1 to ITU-T G.9815.",
        ])
        #expect(
            found == [
                "ITU-T X.1281 Amd 1", "ITU-T X.1254", "ITU-T X.1254 Amd 2", "ITU-T H.222.0 Cor 2", "ITU-T P.10 Amd 1",
                "ITU-T Y.Sup85", "ITU-T H.Sup17", "ITU-T G.9815 Amd 1",
            ])
        #expect(references(["a draft Amendment 1 to ITU-T G.9815"]).first?.kind == .workItem)
    }

    @Test func otherStandardsBodies() {
        let found = cited([
            "ISO/IEC 27001:2022 and ISO/IEC TS 27560 and ISO 20022 messages; IEC 61000-4-5 surges.",
            "IETF RFC 6749, RFC 7519 and [b-IETF RFC 8030].",
            "Credentials follow [W3C VC-DATA-MODEL] and [b-W3C WebAuthn]; pages meet WCAG 2.2.",
            "W3C Recommendation (2022), Decentralized Identifiers (DIDs) v1.0.",
            "ETSI EN 319 401 and ETSI TS 102 250-2; IEEE 802.11-2020 and ISO/IEEE 11073-20601.",
            "3GPP TS 24.229, NIST SP 800-207, FIPS 204, GSMA FS.11, CISPR 35, [HL7 FHIR R4], ITU-R M.2083.",
        ])
        #expect(
            found == [
                "ISO/IEC 27001", "ISO/IEC TS 27560", "ISO 20022", "IEC 61000-4-5", "IETF RFC 6749", "IETF RFC 7519",
                "IETF RFC 8030", "W3C VC-DATA-MODEL", "W3C WEBAUTHN", "W3C WCAG22", "W3C DID-CORE", "ETSI EN 319 401",
                "ETSI TS 102 250-2", "IEEE 802.11", "ISO/IEEE 11073-20601", "3GPP TS 24.229", "NIST SP 800-207",
                "NIST FIPS 204", "GSMA FS.11", "CISPR 35", "HL7 FHIR R4", "ITU-R M.2083",
            ])
    }

    @Test func commonTextsCiteBothNumbers() {
        #expect(
            cited(["The code of practice, Recommendation ITU-T X.1058 | ISO/IEC 29151, requires consent."])
                == ["ITU-T X.1058", "ISO/IEC 29151"])
        #expect(cited(["Recommendation ITU-T G.709/Y.1331 (2020), Interfaces for the OTN."]) == ["ITU-T G.709"])
    }

    @Test func clauseTableAndAnnexNumbersAreNotCitations() {
        let found = cited([
            "Appendix I",
            "I.3 Use case 3: Social protection payments",
            "as shown in Table A.1 and Figure B.2, and in use case I.2 and clause A.3;",
            "ITU-T G-SERIES RECOMMENDATIONS G.100–G.199 G.200–G.299",
            "the G.698-series of Recommendations",
            "IP 192.168.1.1 and e-mail x.y@example.org",
        ])
        #expect(found.isEmpty, "\(found)")
    }

    @Test func onlyTextsWithADraftStyleNameAreSearchedForWorkItems() {
        for named in ["draft X.idm-dpi", "work item D.DigID", "（原Y.dataexch）", "ex-Z.a"] {
            #expect(ReferenceExtractor.mayNameDraft(named), "\(named)")
        }
        for unnamed in ["draft Recommendation ITU-T X.509", "e.g. a work item", "W.x is not a series", "X.", ".a", ""] {
            #expect(!ReferenceExtractor.mayNameDraft(unnamed), "\(unnamed)")
        }
        #expect(references(["a new work item ITU-T X.509 and the draft W.abc"]).isEmpty == false)
        #expect(!references(["a new work item ITU-T X.509 and the draft W.abc"]).contains { $0.kind == .workItem })
    }

    @Test func workItemsOnlyNearTheirCues() {
        let found = references([
            "Proposed text for draft Recommendation ITU-T X.idm-dpi, and a new work item ITU-T D.DigID.",
            "The provisional name X.rsig-dpi is proposed (ex X.sig-pub).",
            "关于建议书草案ITU-T Y.dx-gov（原Y.dataexch）的修改建议",
            "X.other-thing mentioned in passing is not a reference, nor is E.g. this.",
        ])
        #expect(found.allSatisfy { $0.kind == .workItem })
        #expect(
            found.map(\.cited) == [
                "ITU-T X.idm-dpi", "ITU-T D.DigID", "ITU-T X.rsig-dpi", "ITU-T X.sig-pub", "ITU-T Y.dx-gov",
                "ITU-T Y.dataexch",
            ])
    }

    @Test func aDocumentDoesNotCiteItself() {
        let context = ReferenceExtractor.Context(own: ["ITU-T X.1458"])
        #expect(
            cited(
                ["Rec. ITU-T X.1458 (04/2025)", "Recommendation ITU-T X.1458 builds on ITU-T X.1252."], context: context
            ) == ["ITU-T X.1252"])
    }

    @Test func contributionsAndTDsResolvedFromTheCitingDocument() {
        let context = ReferenceExtractor.Context(
            own: ["T25-SG17-C-0123", "SG17-C123"], period: "25", group: "SG17",
            meeting: MeetingDate(place: "Geneva", start: "2026-04-08", text: "Geneva, 8-17 April 2026"))
        let found = references(
            [
                "This contribution (SG17-C123) builds on SG17-C548 and on the report T25-SG17-250909-TD-PLEN-0305.",
                "The current draft is in TD 298 (WP3/17).",
                "See TD 298 (WP3/17), output of the September 2025 meeting, and TD 12 (PLEN/17).",
                "The liaison from SG13 (TD 288 (PLEN/13), July 2025) was noted; TD 209 (WP1/17) of April 2025 too.",
            ], context: context)
        #expect(
            found.map(\.cited) == [
                "T25-SG17-C-0548", "T25-SG17-250909-TD-PLEN-0305", "T25-SG17-250909-TD-WP3-0298",
                "T25-SG17-260408-TD-PLEN-0012", "SG13-TD288/PLEN", "SG17-TD209/WP1",
            ])
        #expect(found.first { $0.cited == "SG13-TD288/PLEN" }?.edition == "07/2025")
        #expect(found.allSatisfy { $0.kind == .ituDocument })
    }

    @Test func wrappedLinesInsideLabels() {
        #expect(cited(["要求代理在交付前使用符合[ITU-T X.1 148.1]的同意记录。"]) == ["ITU-T X.1148.1"])
        #expect(cited(["见ISO/IEC 20547-3。参照ISO/IEC 11179-3的元模型。"]) == ["ISO/IEC 20547-3", "ISO/IEC 11179-3"])
        #expect(cited(["[IEC 60825- IEC 60825-1:2014, Safety of laser products"]) == ["IEC 60825-1"])
    }

    @Test func longDocumentsStayFast() {
        let paragraph =
            "The platform is required to follow ITU-T X.1252 and IETF RFC 6749, with ISO/IEC 27001 controls and clause 6.2 of Annex A. "
        let passages = (0..<6_000).map { Passage(ordinal: $0, text: paragraph + "Item \($0) of the list.") }
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = ReferenceExtractor.references(in: passages, context: .init())
        }
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }
}
