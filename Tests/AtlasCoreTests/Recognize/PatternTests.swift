import Testing

@testable import AtlasCore

struct PatternTests {
    let rfc = Pattern(#"(?<![A-Za-z])(?:IETF\s+)?RFC\s?(\d{1,5})(?![0-9])"#, requiring: ["RFC"])

    @Test func aTextWithoutTheRequiredWordIsNotSearched() {
        #expect(rfc.matches(in: "see IETF rfc 8446 and ISO/IEC 27001").isEmpty)
        #expect(rfc.firstMatch(in: "") == nil)
        #expect(!rfc.matches("R F C 1"))
    }

    @Test func withTheWordItMatchesAsWithout() {
        let plain = Pattern(#"(?<![A-Za-z])(?:IETF\s+)?RFC\s?(\d{1,5})(?![0-9])"#)
        for text in ["IETF RFC 8446", "données — RFC7519 et RFC 9110.", "xRFC 1 RFC", "RF", "RFC"] {
            #expect(rfc.matches(in: text).map(\.text) == plain.matches(in: text).map(\.text), "\(text)")
            #expect(rfc.matches(text) == plain.matches(text))
        }
    }

    @Test func anyOfSeveralWordsWillDo() {
        let nist = Pattern(#"(?:NIST\s+(SP|IR)|(FIPS))\s+(\d{2,4})"#, requiring: ["NIST", "FIPS"])
        #expect(nist.matches(in: "NIST SP 800 and FIPS 140").map(\.text) == ["NIST SP 800", "FIPS 140"])
        #expect(nist.matches(in: "FIPS 201").count == 1)
        #expect(nist.matches(in: "nist sp 800").isEmpty)
    }
}
