import Testing

@testable import AtlasCore

struct DocumentNumberTests {
    private func first(_ text: String) -> DocumentNumber? { DocumentNumber.all(in: text).first?.number }

    @Test func contributionForms() {
        #expect(first("see SG17-C123 for details")?.short == "SG17-C123")
        #expect(first("see SG17-C123")?.canonical == nil)
        #expect(first("see SG17-C123")?.resolved(period: "25", group: nil, meeting: nil).canonical == "T25-SG17-C-0123")
        #expect(first("https://www.itu.int/md/T25-SG17-C-0548/en")?.canonical == "T25-SG17-C-0548")
        #expect(first("T17-SG13-C-1069R1")?.canonical == "T17-SG13-C-1069R1")
        #expect(first("contribution TSAG-C45 to this meeting")?.short == "TSAG-C45")
        #expect(first("proposed in contribution TSAG- C45")?.short == "TSAG-C45")
        #expect(first("SG3-C195 (RGM output)")?.group == "SG3")
    }

    @Test func temporaryDocumentForms() {
        let long = first("T25-SG21-260706-TD-PLEN-0348")
        #expect(long?.canonical == "T25-SG21-260706-TD-PLEN-0348")
        let revised = first("as in SG2-TD157R1/PLEN")
        #expect(revised?.group == "SG2")
        #expect(revised?.number == 157)
        #expect(revised?.revision == 1)
        #expect(revised?.venue == "PLEN")
        let working = first("TD137/WP1")
        #expect(working?.venue == "WP1")
        #expect(working?.group == nil)
        #expect(
            working?.resolved(period: "25", group: "SG17", meeting: "251202").canonical
                == "T25-SG17-251202-TD-WP1-0137")
        let parenthesised = first("the liaison statement (TD 71 (PLEN/17))")
        #expect(parenthesised?.group == "SG17")
        #expect(parenthesised?.venue == "PLEN")
        #expect(parenthesised?.number == 71)
        #expect(first("TSAG-TD89/GEN")?.short == "TSAG-TD89/GEN")
        #expect(first("TD69/P")?.venue == "PLEN")
        #expect(first("TD210-R1/WP1")?.revision == 1)
    }

    @Test func oldForms() {
        let contribution = first("COM 17-C 123-E")
        #expect(contribution?.kind == .contribution)
        #expect(contribution?.group == "SG17")
        #expect(contribution?.number == 123)
        let liaison = first("COM 3 – LS 1 – E")
        #expect(liaison?.kind == .liaison)
        #expect(liaison?.group == "SG3")
    }

    @Test func aTDNeedsItsMeetingForTheCanonicalForm() {
        let number = DocumentNumber(kind: .td, period: "25", group: "SG17", venue: "WP3", number: 298)
        #expect(number.canonical == nil)
        #expect(number.best == "SG17-TD298/WP3")
    }
}
