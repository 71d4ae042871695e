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

struct ReadableSnippetTests {
    @Test func bigramsMergeBackAndMatchesAreMarked() {
        let snippet = "平台 台应 应支 支持 持数 \u{1}数字\u{2} \u{1}字身\u{2} \u{1}身份\u{2} 份和"
        #expect(SearchText.readableForm(snippet) == "平台应支持**数字身份**和")
    }

    @Test func latinTextKeepsItsSpacesAndBrackets() {
        let snippet = "see [ITU-T X.509] for \u{1}certificate\u{2} \u{1}profiles\u{2} here"
        #expect(SearchText.readableForm(snippet) == "see [ITU-T X.509] for **certificate profiles** here")
    }
}
