import Testing

@testable import AtlasCore

struct RecommendationNumberTests {
    @Test(arguments: [
        ("X.1281", "X.1281"), ("Y.4500.1", "Y.4500.1"), ("V.22bis", "V.22 bis"), ("V.26 ter", "V.26 ter"),
        ("X.1303 bis", "X.1303 bis"), ("Y.4901/L.1601", "Y.4901/L.1601"), ("Y.Sup85", "Y.Sup85"),
        ("Y Suppl. 85", "Y.Sup85"), ("G.8271.1/Y.1366.1", "G.8271.1/Y.1366.1"),
    ])
    func canonicalSpelling(written: String, identifier: String) {
        #expect(RecommendationNumber.parse(written)?.identifier == identifier)
    }

    @Test func pairedNumbersKeepBothHalves() throws {
        let number = try #require(RecommendationNumber.parse("Y.4901/L.1601"))
        #expect(number.single == "Y.4901")
        #expect(number.paired == "L.1601")
    }

    @Test(arguments: ["X.idm-dpi", "W.100", "ISO 27001", "x.509", ""])
    func notRecommendationNumbers(text: String) {
        #expect(RecommendationNumber.parse(text) == nil)
    }

    @Test(arguments: [
        ("Amd1", "Amd 1"), ("Amd.2", "Amd 2"), ("Amendment 1", "Amd 1"), ("Cor 2", "Cor 2"), ("Corrigendum 1", "Cor 1"),
        ("Err1", "Err 1"), ("Erratum 1", "Err 1"), ("Suppl. 85", "Suppl 85"), ("App II", "App II"),
        ("Appendix II", "App II"), ("Annex A", "Annex A"),
    ])
    func parts(written: String, label: String) {
        #expect(RecommendationPart.parse(written)?.label == label)
    }
}
