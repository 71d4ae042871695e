import AtlasCore
import Testing

struct SearchTextTests {
    @Test func chineseRunsBecomeOverlappingBigrams() {
        #expect(SearchText.indexForm("数字身份") == "数字 字身 身份")
        #expect(SearchText.indexForm("支持数字身份的X.509证书") == "支持 持数 数字 字身 身份 份的 X.509 证书")
    }

    @Test func otherTextIsUnchanged() {
        #expect(
            SearchText.indexForm("Recommendation ITU-T X.1281 (03/2024)") == "Recommendation ITU-T X.1281 (03/2024)")
        #expect(SearchText.indexForm("identité numérique") == "identité numérique")
    }

    @Test func aSingleCJKCharacterStaysAToken() {
        #expect(SearchText.indexForm("a 的 b") == "a 的 b")
    }
}
