import Testing

@testable import AtlasCore

struct StudyGroupsTests {
    @Test(
        arguments: [
            ("17", "SG17", nil), ("SG17", "SG17", nil), ("Study Group 13", "SG13", nil), ("STUDY GROUP 2", "SG2", nil),
            ("SG16", "SG21", "SG16"), ("9", "SG21", "SG9"), ("Study Group XVII", "SG17", "Study Group XVII"),
            ("第17研究组", "SG17", nil), ("COMMISSION D'ÉTUDES 3", "SG3", nil), ("COMISIÓN DE ESTUDIO 12", "SG12", nil),
            ("17 ИССЛЕДОВАТЕЛЬСКАЯ КОМИССИЯ", "SG17", nil), ("TSAG", "TSAG", nil), ("GCNT", "TSAG", nil),
        ] as [(String, String, String?)])
    func mentions(written: String, id: String, original: String?) {
        let mention = StudyGroups.parse(written)
        #expect(mention?.id == id)
        #expect(mention?.original == original)
    }

    @Test func romanNumerals() {
        #expect(RomanNumeral.value(of: "XVII") == 17)
        #expect(RomanNumeral.value(of: "IV") == 4)
        #expect(RomanNumeral.value(of: "XIV") == 14)
        #expect(RomanNumeral.value(of: "ABC") == nil)
    }
}
